package org.nnlab.linalg;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 micro-kernel of {@link VectorBackend#float32}: like {@link DoubleKernel}, a tile of
 * {@value #MR} rows by {@link #NR} columns (four vectors of the preferred species, 64 floats with
 * AVX-512) held in 24 vector registers, or for C of at most {@link #NARROW} columns a narrow tile of
 * {@value #MR} rows by one vector; one fused multiply-add per k in increasing k. The factors
 * are rounded to float32 while being packed; the tile is summed in float32 and stored widened into
 * the float64 C (a k longer than {@value #KC} is summed in blocks, reloading C exactly: it holds float32 values).
 * Loaded only when {@code jdk.incubator.vector} is present.
 */
final class FloatKernel implements Kernel<float[]> {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /**
     * Doubles rounded to floats (packing) and floats widened to doubles (storing C) a vector at a time,
     * on the preferred species only: a half-width float species here made the JIT's profile of
     * FloatVector's own methods see two vector classes, and in some JVMs it then compiled the tile's
     * stores without their intrinsic (boxing vectors: float32 products at half speed, 23:04 run).
     */
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Rows of a tile. */
    static final int MR = 6;
    /** Columns of a tile: four vectors. */
    static final int NR = 4 * LANES;
    /** Columns of a narrow tile: one vector (16 floats with AVX-512), for C as narrow as a 10-class output. */
    static final int NARROW = LANES;
    /** Largest k block: whole k for any MLP layer, so C is written once per element and never read back. */
    private static final int KC = 4096;
    /** The calling thread's float32 tile between the vector registers and the float64 C. */
    private final ThreadLocal<float[]> tiles = ThreadLocal.withInitial(() -> new float[MR * NR]);

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
        return ", float32 products (" + SPECIES.vectorBitSize() + "-bit, ";
    }

    @Override
    public float[] allocate(int length) {
        return new float[length];
    }

    @Override
    public int length(float[] buffer) {
        return buffer.length;
    }

    @Override
    public float[] inPlaceRows(Operand a) {
        return null;
    }

    @Override
    public void copy(double[] src, int srcPos, int srcStride, float[] dst, int dstPos, int dstStride, int count) {
        if (srcStride == 1 && dstStride == 1) {
            // The JIT does not vectorize (float) casts of doubles; vector conversions round the same way.
            // A vector of doubles fills the lower half of a float vector; storing all of it writes
            // zeros above, which the next step overwrites, so it stops a whole float vector before the end.
            int i = 0;
            for (; i <= count - LANES; i += DOUBLES.length()) {
                ((FloatVector) DoubleVector.fromArray(DOUBLES, src, srcPos + i).convertShape(VectorOperators.D2F, SPECIES, 0))
                        .intoArray(dst, dstPos + i);
            }
            for (; i < count; i++) {
                dst[dstPos + i] = (float) src[srcPos + i];
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            dst[dstPos + i * dstStride] = (float) src[srcPos + i * srcStride];
        }
    }

    @Override
    public void clear(float[] buffer, int from, int to) {
        Arrays.fill(buffer, from, to, 0f);
    }

    /** c = a * b with float32 factors and sums. */
    @Override
    public void multiplySmall(Operand a, Operand b, double[] c) {
        int n = b.cols();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0;
                for (int kk = 0; kk < a.cols(); kk++) {
                    sum += (float) a.get(i, kk) * (float) b.get(kk, j);
                }
                c[i * n + j] = sum;
            }
        }
    }

    /** The tile is summed in float32 in {@code t} (row length nr), from C's float64 elements rounded when accumulating. */
    @Override
    public void multiplyTile(float[] a, int aOffset, int lda, float[] b, int bOffset, int kc, int nr,
            double[] c, int cOffset, int ldc, boolean accumulate) {
        float[] t = tiles.get();
        if (accumulate) {
            for (int r = 0; r < MR; r++) {
                copy(c, cOffset + r * ldc, 1, t, r * nr, 1, nr);
            }
        }
        if (nr == NARROW) {
            multiplyNarrowTile(a, aOffset, lda, b, bOffset, kc, t, accumulate);
        } else {
            multiplyWideTile(a, aOffset, lda, b, bOffset, kc, t, accumulate);
        }
        for (int r = 0; r < MR; r++) {
            widen(t, r * nr, c, cOffset + r * ldc, nr);
        }
    }

    /** The MR x {@link #NR} tile in {@code t}: 24 accumulators, four vectors of B per k. */
    private static void multiplyWideTile(float[] a, int aOffset, int lda, float[] b, int bOffset, int kc, float[] t, boolean accumulate) {
        FloatVector c00 = load(t, 0 * NR, accumulate), c01 = load(t, 0 * NR + LANES, accumulate), c02 = load(t, 0 * NR + 2 * LANES, accumulate), c03 = load(t, 0 * NR + 3 * LANES, accumulate);
        FloatVector c10 = load(t, 1 * NR, accumulate), c11 = load(t, 1 * NR + LANES, accumulate), c12 = load(t, 1 * NR + 2 * LANES, accumulate), c13 = load(t, 1 * NR + 3 * LANES, accumulate);
        FloatVector c20 = load(t, 2 * NR, accumulate), c21 = load(t, 2 * NR + LANES, accumulate), c22 = load(t, 2 * NR + 2 * LANES, accumulate), c23 = load(t, 2 * NR + 3 * LANES, accumulate);
        FloatVector c30 = load(t, 3 * NR, accumulate), c31 = load(t, 3 * NR + LANES, accumulate), c32 = load(t, 3 * NR + 2 * LANES, accumulate), c33 = load(t, 3 * NR + 3 * LANES, accumulate);
        FloatVector c40 = load(t, 4 * NR, accumulate), c41 = load(t, 4 * NR + LANES, accumulate), c42 = load(t, 4 * NR + 2 * LANES, accumulate), c43 = load(t, 4 * NR + 3 * LANES, accumulate);
        FloatVector c50 = load(t, 5 * NR, accumulate), c51 = load(t, 5 * NR + LANES, accumulate), c52 = load(t, 5 * NR + 2 * LANES, accumulate), c53 = load(t, 5 * NR + 3 * LANES, accumulate);
        int a0 = aOffset;
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        int a4 = a3 + lda;
        int a5 = a4 + lda;
        for (int kk = 0; kk < kc; kk++) {
            int bi = bOffset + kk * NR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi), b1 = FloatVector.fromArray(SPECIES, b, bi + LANES), b2 = FloatVector.fromArray(SPECIES, b, bi + 2 * LANES), b3 = FloatVector.fromArray(SPECIES, b, bi + 3 * LANES);
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + kk]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02); c03 = b3.fma(x, c03);
            x = FloatVector.broadcast(SPECIES, a[a1 + kk]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12); c13 = b3.fma(x, c13);
            x = FloatVector.broadcast(SPECIES, a[a2 + kk]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22); c23 = b3.fma(x, c23);
            x = FloatVector.broadcast(SPECIES, a[a3 + kk]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32); c33 = b3.fma(x, c33);
            x = FloatVector.broadcast(SPECIES, a[a4 + kk]);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41); c42 = b2.fma(x, c42); c43 = b3.fma(x, c43);
            x = FloatVector.broadcast(SPECIES, a[a5 + kk]);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51); c52 = b2.fma(x, c52); c53 = b3.fma(x, c53);
        }
        c00.intoArray(t, 0 * NR); c01.intoArray(t, 0 * NR + LANES); c02.intoArray(t, 0 * NR + 2 * LANES); c03.intoArray(t, 0 * NR + 3 * LANES);
        c10.intoArray(t, 1 * NR); c11.intoArray(t, 1 * NR + LANES); c12.intoArray(t, 1 * NR + 2 * LANES); c13.intoArray(t, 1 * NR + 3 * LANES);
        c20.intoArray(t, 2 * NR); c21.intoArray(t, 2 * NR + LANES); c22.intoArray(t, 2 * NR + 2 * LANES); c23.intoArray(t, 2 * NR + 3 * LANES);
        c30.intoArray(t, 3 * NR); c31.intoArray(t, 3 * NR + LANES); c32.intoArray(t, 3 * NR + 2 * LANES); c33.intoArray(t, 3 * NR + 3 * LANES);
        c40.intoArray(t, 4 * NR); c41.intoArray(t, 4 * NR + LANES); c42.intoArray(t, 4 * NR + 2 * LANES); c43.intoArray(t, 4 * NR + 3 * LANES);
        c50.intoArray(t, 5 * NR); c51.intoArray(t, 5 * NR + LANES); c52.intoArray(t, 5 * NR + 2 * LANES); c53.intoArray(t, 5 * NR + 3 * LANES);
    }

    /** The MR x {@link #NARROW} tile in {@code t}: six accumulators, one vector of B per k. */
    private static void multiplyNarrowTile(float[] a, int aOffset, int lda, float[] b, int bOffset, int kc, float[] t, boolean accumulate) {
        FloatVector c0 = load(t, 0, accumulate), c1 = load(t, NARROW, accumulate), c2 = load(t, 2 * NARROW, accumulate);
        FloatVector c3 = load(t, 3 * NARROW, accumulate), c4 = load(t, 4 * NARROW, accumulate), c5 = load(t, 5 * NARROW, accumulate);
        int a0 = aOffset;
        int a1 = a0 + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        int a4 = a3 + lda;
        int a5 = a4 + lda;
        for (int kk = 0; kk < kc; kk++) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bOffset + kk * NARROW);
            c0 = b0.fma(FloatVector.broadcast(SPECIES, a[a0 + kk]), c0);
            c1 = b0.fma(FloatVector.broadcast(SPECIES, a[a1 + kk]), c1);
            c2 = b0.fma(FloatVector.broadcast(SPECIES, a[a2 + kk]), c2);
            c3 = b0.fma(FloatVector.broadcast(SPECIES, a[a3 + kk]), c3);
            c4 = b0.fma(FloatVector.broadcast(SPECIES, a[a4 + kk]), c4);
            c5 = b0.fma(FloatVector.broadcast(SPECIES, a[a5 + kk]), c5);
        }
        c0.intoArray(t, 0); c1.intoArray(t, NARROW); c2.intoArray(t, 2 * NARROW);
        c3.intoArray(t, 3 * NARROW); c4.intoArray(t, 4 * NARROW); c5.intoArray(t, 5 * NARROW);
    }

    /** {@code dst[dstPos + i] = src[srcPos + i]} for i &lt; count, widened to float64 (exact), a vector at a time. */
    private static void widen(float[] src, int srcPos, double[] dst, int dstPos, int count) {
        int i = 0;
        for (; i <= count - LANES; i += LANES) {
            FloatVector floats = FloatVector.fromArray(SPECIES, src, srcPos + i);
            ((DoubleVector) floats.convertShape(VectorOperators.F2D, DOUBLES, 0)).intoArray(dst, dstPos + i);
            ((DoubleVector) floats.convertShape(VectorOperators.F2D, DOUBLES, 1)).intoArray(dst, dstPos + i + DOUBLES.length());
        }
        for (; i < count; i++) {
            dst[dstPos + i] = src[srcPos + i];
        }
    }

    private static FloatVector load(float[] t, int offset, boolean accumulate) {
        return accumulate ? FloatVector.fromArray(SPECIES, t, offset) : FloatVector.zero(SPECIES);
    }
}
