package org.nnlab.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernel: the only class that uses {@code jdk.incubator.vector}, loaded
 * only when that module is present.
 *
 * <p>A tile of C is {@value #MR} rows by {@link #NR} columns (two vectors of the preferred
 * species, 16 doubles with AVX-512) and lives in 12 vector registers while the kernel runs over a
 * block of k. Each element is updated by one fused multiply-add per k in increasing k; the tile is
 * stored after the block and reloaded for the next one, which rounds nothing, so splitting k
 * into blocks does not change any result.
 */
final class VectorKernel {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of a tile. */
    static final int MR = 6;
    /** Columns of a tile: two vectors. */
    static final int NR = 2 * LANES;

    private VectorKernel() {
    }

    static int vectorBits() {
        return SPECIES.vectorBitSize();
    }

    /**
     * c[r][j] (+)= sum over kk < kc of a[aOffset + r * lda + kk] * b[bOffset + kk * NR + j] for
     * r < MR, j < NR, where c[r][j] is {@code c[cOffset + r * ldc + j]}; {@code accumulate} adds to
     * C instead of overwriting it.
     */
    static void multiplyTile(double[] a, int aOffset, int lda, double[] b, int bOffset, int kc,
            double[] c, int cOffset, int ldc, boolean accumulate) {
        int c1 = cOffset + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        int c4 = c3 + ldc;
        int c5 = c4 + ldc;
        DoubleVector c00 = load(c, cOffset, accumulate), c01 = load(c, cOffset + LANES, accumulate);
        DoubleVector c10 = load(c, c1, accumulate), c11 = load(c, c1 + LANES, accumulate);
        DoubleVector c20 = load(c, c2, accumulate), c21 = load(c, c2 + LANES, accumulate);
        DoubleVector c30 = load(c, c3, accumulate), c31 = load(c, c3 + LANES, accumulate);
        DoubleVector c40 = load(c, c4, accumulate), c41 = load(c, c4 + LANES, accumulate);
        DoubleVector c50 = load(c, c5, accumulate), c51 = load(c, c5 + LANES, accumulate);
        int a0 = aOffset;
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        int a4 = a3 + lda;
        int a5 = a4 + lda;
        for (int kk = 0, bi = bOffset; kk < kc; kk++, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + kk]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(SPECIES, a[a1 + kk]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(SPECIES, a[a2 + kk]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(SPECIES, a[a3 + kk]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            x = DoubleVector.broadcast(SPECIES, a[a4 + kk]);
            c40 = b0.fma(x, c40);
            c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(SPECIES, a[a5 + kk]);
            c50 = b0.fma(x, c50);
            c51 = b1.fma(x, c51);
        }
        c00.intoArray(c, cOffset);
        c01.intoArray(c, cOffset + LANES);
        c10.intoArray(c, c1);
        c11.intoArray(c, c1 + LANES);
        c20.intoArray(c, c2);
        c21.intoArray(c, c2 + LANES);
        c30.intoArray(c, c3);
        c31.intoArray(c, c3 + LANES);
        c40.intoArray(c, c4);
        c41.intoArray(c, c4 + LANES);
        c50.intoArray(c, c5);
        c51.intoArray(c, c5 + LANES);
    }

    private static DoubleVector load(double[] c, int offset, boolean accumulate) {
        return accumulate ? DoubleVector.fromArray(SPECIES, c, offset) : DoubleVector.zero(SPECIES);
    }

    /**
     * Packs {@code panels} panels of NR columns from kc rows of a row-major block: element (kk, j)
     * at {@code src[srcOffset + kk * srcStride + j]} goes to {@code dst[(j / NR * kc + kk) * NR + j % NR]}.
     */
    static void copyPanels(double[] src, int srcOffset, int srcStride, int kc, int panels, double[] dst) {
        int panelSize = kc * NR;
        for (int kk = 0; kk < kc; kk++) {
            int s = srcOffset + kk * srcStride;
            for (int q = 0, d = kk * NR; q < panels; q++, s += NR, d += panelSize) {
                DoubleVector.fromArray(SPECIES, src, s).intoArray(dst, d);
                DoubleVector.fromArray(SPECIES, src, s + LANES).intoArray(dst, d + LANES);
            }
        }
    }
}
