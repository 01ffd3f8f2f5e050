package org.nnlab.linalg;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 micro-kernel of {@link Float32Backend}: like {@link VectorKernel}, a tile of
 * {@value #MR} rows by {@link #NR} columns (two vectors of the preferred species, 32 floats with
 * AVX-512) held in 12 vector registers, one fused multiply-add per k in increasing k. Loaded only
 * when {@code jdk.incubator.vector} is present.
 */
final class FloatKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of a tile. */
    static final int MR = 6;
    /** Columns of a tile: two vectors. */
    static final int NR = 2 * LANES;

    private FloatKernel() {
    }

    static int vectorBits() {
        return SPECIES.vectorBitSize();
    }

    /**
     * tile[r * NR + j] = sum over kk < k of a[aOffset + r * k + kk] * b[bOffset + kk * NR + j],
     * for r < MR and j < NR: MR packed rows of op(A) times one packed panel of op(B).
     */
    static void multiplyTile(float[] a, int aOffset, float[] b, int bOffset, int k, float[] tile) {
        FloatVector c00 = FloatVector.zero(SPECIES), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
        FloatVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        int a0 = aOffset;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        int a4 = a3 + k;
        int a5 = a4 + k;
        for (int kk = 0, bi = bOffset; kk < k; kk++, bi += NR) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bi + LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + kk]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = FloatVector.broadcast(SPECIES, a[a1 + kk]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = FloatVector.broadcast(SPECIES, a[a2 + kk]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = FloatVector.broadcast(SPECIES, a[a3 + kk]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            x = FloatVector.broadcast(SPECIES, a[a4 + kk]);
            c40 = b0.fma(x, c40);
            c41 = b1.fma(x, c41);
            x = FloatVector.broadcast(SPECIES, a[a5 + kk]);
            c50 = b0.fma(x, c50);
            c51 = b1.fma(x, c51);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, LANES);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + LANES);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + LANES);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + LANES);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + LANES);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + LANES);
    }
}
