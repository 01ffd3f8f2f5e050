package org.nnlab.linalg;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.ejml.data.DMatrixRMaj;

/**
 * A packed, register-blocked matrix multiply on the Java Vector API (the only class that touches
 * {@code jdk.incubator.vector}).
 *
 * <p>{@code op(A)} is packed into panels of {@value #MR} rows laid out k-major, {@code op(B)} into
 * panels of two vectors' width (16 columns with 512-bit vectors), zero-padded at the edges; a
 * micro-kernel keeps a {@value #MR} x 16 block of C in 12 vector registers over the whole k range
 * and writes it once. Threads split the column panels of C: every element of C is computed by the
 * same sequence of fused multiply-adds whatever the thread count, so results do not depend on it.
 */
final class VectorBackend implements GemmBackend {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Rows of a micro-tile. */
    static final int MR = 6;
    /** Columns of a micro-tile: two vectors. */
    private static final int NR = 2 * LANES;
    /** Products smaller than this (m*n*k) run on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 18;

    private final int threads;
    private final ExecutorService pool;
    private final ThreadLocal<double[]> packedA = ThreadLocal.withInitial(() -> new double[0]);
    private final ThreadLocal<double[]> packedB = ThreadLocal.withInitial(() -> new double[0]);
    private final ThreadLocal<double[]> edgeTile = ThreadLocal.withInitial(() -> new double[MR * NR]);

    VectorBackend(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, daemon()) : null;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "nnlab-gemm");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String name() {
        return "Java Vector API (" + SPECIES.vectorBitSize() + "-bit, " + threads + (threads == 1 ? " thread)" : " threads)");
    }

    /** A strided view: element (r, c) of op(M) is data[r * rowStride + c * colStride]. */
    private record View(double[] data, int rows, int cols, int rowStride, int colStride) {
        static View of(DMatrixRMaj m, boolean transpose) {
            return transpose ? new View(m.data, m.numCols, m.numRows, 1, m.numCols)
                    : new View(m.data, m.numRows, m.numCols, m.numCols, 1);
        }
    }

    @Override
    public void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        View va = View.of(a, transposeA);
        View vb = View.of(b, transposeB);
        int m = va.rows();
        int k = va.cols();
        int n = vb.cols();
        if (k == 0) {
            java.util.Arrays.fill(c.data, 0, m * n, 0);
            return;
        }
        int rowPanels = (m + MR - 1) / MR;
        double[] ap = buffer(packedA, rowPanels * MR * k);
        packA(va, ap, rowPanels);
        int colPanels = (n + NR - 1) / NR;
        boolean small = (long) m * n * k < PARALLEL_WORK;
        // Split the tiles of C between threads by column panels, or by row panels when C is narrow.
        boolean byColumns = colPanels >= threads;
        int panels = byColumns ? colPanels : rowPanels;
        int parts = small ? 1 : Math.min(threads, panels);
        List<Future<?>> futures = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = panels * p / parts;
            int to = panels * (p + 1) / parts;
            futures.add(pool.submit(() -> tiles(ap, vb, c, byColumns ? from : 0, byColumns ? to : colPanels,
                    byColumns ? 0 : from, byColumns ? rowPanels : to, m, n, k)));
        }
        int to = panels / parts;
        tiles(ap, vb, c, 0, byColumns ? to : colPanels, 0, byColumns ? rowPanels : to, m, n, k);
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during a matrix product", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("matrix product failed", e.getCause());
            }
        }
    }

    private static double[] buffer(ThreadLocal<double[]> local, int size) {
        double[] data = local.get();
        if (data.length < size) {
            data = new double[size];
            local.set(data);
        }
        return data;
    }

    /** Row panels of MR rows, k-major: panel p, step kk holds op(A)[p*MR .. p*MR+MR-1][kk], zero-padded. */
    private static void packA(View a, double[] out, int rowPanels) {
        int k = a.cols();
        double[] data = a.data();
        for (int p = 0; p < rowPanels; p++) {
            int base = p * MR * k;
            int height = Math.min(MR, a.rows() - p * MR);
            int first = p * MR * a.rowStride();
            for (int kk = 0; kk < k; kk++) {
                int src = first + kk * a.colStride();
                int dst = base + kk * MR;
                for (int r = 0; r < height; r++) {
                    out[dst + r] = data[src + r * a.rowStride()];
                }
                for (int r = height; r < MR; r++) {
                    out[dst + r] = 0;
                }
            }
        }
    }

    /** One column panel of NR columns, k-major, zero-padded past the last column. */
    private static void packB(View b, double[] out, int panel, int k) {
        int col0 = panel * NR;
        int width = Math.min(NR, b.cols() - col0);
        if (width < NR) {
            java.util.Arrays.fill(out, 0, NR * k, 0);
        }
        double[] data = b.data();
        if (b.colStride() == 1) {
            for (int kk = 0; kk < k; kk++) {
                System.arraycopy(data, kk * b.rowStride() + col0, out, kk * NR, width);
            }
        } else {
            // op(B) is a transposed row-major matrix: read each of its columns contiguously
            for (int j = 0; j < width; j++) {
                int src = (col0 + j) * b.colStride();
                for (int kk = 0; kk < k; kk++) {
                    out[kk * NR + j] = data[src + kk * b.rowStride()];
                }
            }
        }
    }

    /** Computes the tiles of C in column panels [colFrom, colTo) and row panels [rowFrom, rowTo). */
    private void tiles(double[] ap, View vb, DMatrixRMaj c, int colFrom, int colTo, int rowFrom, int rowTo, int m, int n, int k) {
        double[] bp = buffer(packedB, NR * k);
        double[] tile = edgeTile.get();
        for (int panel = colFrom; panel < colTo; panel++) {
            packB(vb, bp, panel, k);
            int col0 = panel * NR;
            int width = Math.min(NR, n - col0);
            for (int p = rowFrom; p < rowTo; p++) {
                int row0 = p * MR;
                int height = Math.min(MR, m - row0);
                if (width == NR && height == MR) {
                    kernel(ap, p * MR * k, bp, k, c.data, row0 * n + col0, n);
                } else {
                    kernel(ap, p * MR * k, bp, k, tile, 0, NR);
                    for (int r = 0; r < height; r++) {
                        System.arraycopy(tile, r * NR, c.data, (row0 + r) * n + col0, width);
                    }
                }
            }
        }
    }

    /** c[MR x NR block at offset, row stride ldc] = packed A panel times packed B panel over k. */
    private static void kernel(double[] a, int aOffset, double[] b, int k, double[] c, int cOffset, int ldc) {
        DoubleVector c00 = DoubleVector.zero(SPECIES), c01 = DoubleVector.zero(SPECIES);
        DoubleVector c10 = DoubleVector.zero(SPECIES), c11 = DoubleVector.zero(SPECIES);
        DoubleVector c20 = DoubleVector.zero(SPECIES), c21 = DoubleVector.zero(SPECIES);
        DoubleVector c30 = DoubleVector.zero(SPECIES), c31 = DoubleVector.zero(SPECIES);
        DoubleVector c40 = DoubleVector.zero(SPECIES), c41 = DoubleVector.zero(SPECIES);
        DoubleVector c50 = DoubleVector.zero(SPECIES), c51 = DoubleVector.zero(SPECIES);
        for (int kk = 0, ai = aOffset, bi = 0; kk < k; kk++, ai += MR, bi += NR) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ai]);
            c00 = b0.fma(x, c00);
            c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(SPECIES, a[ai + 1]);
            c10 = b0.fma(x, c10);
            c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(SPECIES, a[ai + 2]);
            c20 = b0.fma(x, c20);
            c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(SPECIES, a[ai + 3]);
            c30 = b0.fma(x, c30);
            c31 = b1.fma(x, c31);
            x = DoubleVector.broadcast(SPECIES, a[ai + 4]);
            c40 = b0.fma(x, c40);
            c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(SPECIES, a[ai + 5]);
            c50 = b0.fma(x, c50);
            c51 = b1.fma(x, c51);
        }
        c00.intoArray(c, cOffset);
        c01.intoArray(c, cOffset + LANES);
        c10.intoArray(c, cOffset + ldc);
        c11.intoArray(c, cOffset + ldc + LANES);
        c20.intoArray(c, cOffset + 2 * ldc);
        c21.intoArray(c, cOffset + 2 * ldc + LANES);
        c30.intoArray(c, cOffset + 3 * ldc);
        c31.intoArray(c, cOffset + 3 * ldc + LANES);
        c40.intoArray(c, cOffset + 4 * ldc);
        c41.intoArray(c, cOffset + 4 * ldc + LANES);
        c50.intoArray(c, cOffset + 5 * ldc);
        c51.intoArray(c, cOffset + 5 * ldc + LANES);
    }
}
