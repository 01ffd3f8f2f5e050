package org.nnlab.linalg;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float64 micro-kernel: one of the two classes that use {@code jdk.incubator.vector} (with
 * {@link FloatKernel}), loaded only when that module is present.
 *
 * <p>A tile of C is {@value #MR} rows by {@link #NR} columns (four vectors of the preferred
 * species, 32 doubles with AVX-512) and lives in 24 vector registers while the kernel runs over a
 * block of k; with the four vectors of B and the broadcast element of A it needs 29 of the 32
 * AVX-512 registers. C with at most {@link #NARROW} columns (two vectors) uses a narrow tile of
 * {@value #MR} rows by two vectors instead, so a 10-class output wastes 6 of 16 lanes, not 22 of 32.
 * Each element is updated by one fused multiply-add per k in increasing k; the
 * tile is stored after the block and reloaded for the next one, which rounds nothing, so neither
 * the tile shape nor splitting k into blocks changes any result.
 */
final class DoubleKernel implements Kernel<double[]> {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of a tile. */
    static final int MR = 6;
    /** Columns of a tile: four vectors. */
    static final int NR = 4 * LANES;
    /** Columns of a narrow tile: two vectors (16 doubles with AVX-512), for C as narrow as a 10-class output. */
    static final int NARROW = 2 * LANES;
    /** Largest k block: a B panel of KC x NR doubles (64 KB with AVX-512) stays in the level-1 and level-2 caches. */
    private static final int KC = 256;

    @Override
    public int rows() {
        return MR;
    }

    @Override
    public int columns() {
        return NR;
    }

    @Override
    public int narrowColumns() {
        return NARROW;
    }

    @Override
    public int maxK() {
        return KC;
    }

    @Override
    public String description() {
        return " (" + SPECIES.vectorBitSize() + "-bit, ";
    }

    @Override
    public double[] allocate(int length) {
        return new double[length];
    }

    @Override
    public int length(double[] buffer) {
        return buffer.length;
    }

    @Override
    public double[] inPlaceRows(Operand a) {
        return a.rowsContiguous() ? a.data() : null;
    }

    @Override
    public void copy(double[] src, int srcPos, int srcStride, double[] dst, int dstPos, int dstStride, int count) {
        if (srcStride == 1 && dstStride == 1) {
            // Runs of a panel's width: vector moves beat System.arraycopy's call at this length.
            int i = 0;
            for (; i <= count - LANES; i += LANES) {
                DoubleVector.fromArray(SPECIES, src, srcPos + i).intoArray(dst, dstPos + i);
            }
            for (; i < count; i++) {
                dst[dstPos + i] = src[srcPos + i];
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            dst[dstPos + i * dstStride] = src[srcPos + i * srcStride];
        }
    }

    @Override
    public void clear(double[] buffer, int from, int to) {
        Arrays.fill(buffer, from, to, 0);
    }

    @Override
    public void multiplySmall(Operand a, Operand b, double[] c) {
        SmallProducts.multiply(a, b, c);
    }

    @Override
    public void multiplyTile(double[] a, int aOffset, int lda, double[] b, int bOffset, int kc, int nr,
            double[] c, int cOffset, int ldc, boolean accumulate) {
        if (nr == NARROW) {
            multiplyNarrowTile(a, aOffset, lda, b, bOffset, kc, c, cOffset, ldc, accumulate);
            return;
        }
        int c0 = cOffset;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        int c4 = c3 + ldc;
        int c5 = c4 + ldc;
        DoubleVector c00 = load(c, c0, accumulate), c01 = load(c, c0 + LANES, accumulate), c02 = load(c, c0 + 2 * LANES, accumulate), c03 = load(c, c0 + 3 * LANES, accumulate);
        DoubleVector c10 = load(c, c1, accumulate), c11 = load(c, c1 + LANES, accumulate), c12 = load(c, c1 + 2 * LANES, accumulate), c13 = load(c, c1 + 3 * LANES, accumulate);
        DoubleVector c20 = load(c, c2, accumulate), c21 = load(c, c2 + LANES, accumulate), c22 = load(c, c2 + 2 * LANES, accumulate), c23 = load(c, c2 + 3 * LANES, accumulate);
        DoubleVector c30 = load(c, c3, accumulate), c31 = load(c, c3 + LANES, accumulate), c32 = load(c, c3 + 2 * LANES, accumulate), c33 = load(c, c3 + 3 * LANES, accumulate);
        DoubleVector c40 = load(c, c4, accumulate), c41 = load(c, c4 + LANES, accumulate), c42 = load(c, c4 + 2 * LANES, accumulate), c43 = load(c, c4 + 3 * LANES, accumulate);
        DoubleVector c50 = load(c, c5, accumulate), c51 = load(c, c5 + LANES, accumulate), c52 = load(c, c5 + 2 * LANES, accumulate), c53 = load(c, c5 + 3 * LANES, accumulate);
        int a0 = aOffset;
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        int a4 = a3 + lda;
        int a5 = a4 + lda;
        for (int kk = 0; kk < kc; kk++) {
            int bi = bOffset + kk * NR;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi), b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES), b2 = DoubleVector.fromArray(SPECIES, b, bi + 2 * LANES), b3 = DoubleVector.fromArray(SPECIES, b, bi + 3 * LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + kk]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02); c03 = b3.fma(x, c03);
            x = DoubleVector.broadcast(SPECIES, a[a1 + kk]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12); c13 = b3.fma(x, c13);
            x = DoubleVector.broadcast(SPECIES, a[a2 + kk]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22); c23 = b3.fma(x, c23);
            x = DoubleVector.broadcast(SPECIES, a[a3 + kk]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32); c33 = b3.fma(x, c33);
            x = DoubleVector.broadcast(SPECIES, a[a4 + kk]);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41); c42 = b2.fma(x, c42); c43 = b3.fma(x, c43);
            x = DoubleVector.broadcast(SPECIES, a[a5 + kk]);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51); c52 = b2.fma(x, c52); c53 = b3.fma(x, c53);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + LANES); c02.intoArray(c, c0 + 2 * LANES); c03.intoArray(c, c0 + 3 * LANES);
        c10.intoArray(c, c1); c11.intoArray(c, c1 + LANES); c12.intoArray(c, c1 + 2 * LANES); c13.intoArray(c, c1 + 3 * LANES);
        c20.intoArray(c, c2); c21.intoArray(c, c2 + LANES); c22.intoArray(c, c2 + 2 * LANES); c23.intoArray(c, c2 + 3 * LANES);
        c30.intoArray(c, c3); c31.intoArray(c, c3 + LANES); c32.intoArray(c, c3 + 2 * LANES); c33.intoArray(c, c3 + 3 * LANES);
        c40.intoArray(c, c4); c41.intoArray(c, c4 + LANES); c42.intoArray(c, c4 + 2 * LANES); c43.intoArray(c, c4 + 3 * LANES);
        c50.intoArray(c, c5); c51.intoArray(c, c5 + LANES); c52.intoArray(c, c5 + 2 * LANES); c53.intoArray(c, c5 + 3 * LANES);
    }

    /** The MR x {@link #NARROW} tile: 12 accumulators, two vectors of B per k. */
    private static void multiplyNarrowTile(double[] a, int aOffset, int lda, double[] b, int bOffset, int kc,
            double[] c, int cOffset, int ldc, boolean accumulate) {
        int c0 = cOffset;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        int c4 = c3 + ldc;
        int c5 = c4 + ldc;
        DoubleVector c00 = load(c, c0, accumulate), c01 = load(c, c0 + LANES, accumulate);
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
        for (int kk = 0; kk < kc; kk++) {
            int bi = bOffset + kk * NARROW;
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi), b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + kk]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(SPECIES, a[a1 + kk]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(SPECIES, a[a2 + kk]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(SPECIES, a[a3 + kk]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31);
            x = DoubleVector.broadcast(SPECIES, a[a4 + kk]);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(SPECIES, a[a5 + kk]);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51);
        }
        c00.intoArray(c, c0); c01.intoArray(c, c0 + LANES);
        c10.intoArray(c, c1); c11.intoArray(c, c1 + LANES);
        c20.intoArray(c, c2); c21.intoArray(c, c2 + LANES);
        c30.intoArray(c, c3); c31.intoArray(c, c3 + LANES);
        c40.intoArray(c, c4); c41.intoArray(c, c4 + LANES);
        c50.intoArray(c, c5); c51.intoArray(c, c5 + LANES);
    }

    private static DoubleVector load(double[] c, int offset, boolean accumulate) {
        return accumulate ? DoubleVector.fromArray(SPECIES, c, offset) : DoubleVector.zero(SPECIES);
    }
}
