package org.nnlab.linalg;

import static org.nnlab.linalg.FloatKernel.MR;
import static org.nnlab.linalg.FloatKernel.NR;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.ejml.data.DMatrixRMaj;

/**
 * Opt-in float32 products ({@link Gemm#setFloat32Products}): op(A) and op(B) are rounded to
 * float32 while being packed, each c<sub>ij</sub> is one float32 sum of fused multiply-adds over k
 * in increasing order ({@link FloatKernel}), and is stored widened back into the float64 C. The
 * relative error is about k times float32's 6e-8 instead of float64's 1e-16: fine for training
 * speed, not for gradient checks.
 *
 * <p>All of op(A) and op(B) are packed once per product (in parallel, by panels), then threads
 * share the MR x NR tiles of C: each tile is computed by one thread over the whole of k, so results
 * are bit-identical for any thread count.
 */
final class Float32Backend implements GemmBackend {
    /** Products with fewer multiply-adds than this run as plain loops. */
    private static final long SMALL_WORK = 512;
    /** Products with fewer multiply-adds than this run on the calling thread only. */
    private static final long PARALLEL_WORK = 1L << 20;
    /** Chunks per thread: spare chunks let a fast thread make up for a slow or late one. */
    private static final int CHUNKS_PER_THREAD = 4;

    private final WorkerPool pool;
    private final ThreadLocal<PackedFactors> packed = ThreadLocal.withInitial(PackedFactors::new);
    private final ThreadLocal<float[]> tiles = ThreadLocal.withInitial(() -> new float[MR * NR]);

    Float32Backend(int threads) {
        this.pool = new WorkerPool(threads);
    }

    @Override
    public String name() {
        int threads = pool.threads();
        return "Java Vector API, float32 products (" + FloatKernel.vectorBits() + "-bit, " + threads
                + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        Operand left = Operand.of(a, transposeA);
        Operand right = Operand.of(b, transposeB);
        int m = left.rows();
        int k = left.cols();
        int n = right.cols();
        long work = (long) m * n * k;
        if (k == 0) {
            Arrays.fill(c.data, 0, m * n, 0);
        } else if (work < SMALL_WORK) {
            multiplySmall(left, right, c.data);
        } else {
            multiplyPacked(left, right, c.data, work);
        }
    }

    private void multiplyPacked(Operand a, Operand b, double[] c, long work) {
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        int rowPanels = (m + MR - 1) / MR;
        int colPanels = (n + NR - 1) / NR;
        PackedFactors factors = packed.get();
        float[] packedA = factors.rows(rowPanels * MR * k);
        float[] packedB = factors.columns(colPanels * NR * k);
        boolean parallel = work >= PARALLEL_WORK;
        forEach(parallel, rowPanels + colPanels, panel -> {
            if (panel < rowPanels) {
                packRows(a, panel * MR, packedA);
            } else {
                packColumns(b, (panel - rowPanels) * NR, packedB);
            }
        });
        int tileCount = rowPanels * colPanels;
        int chunks = parallel ? Math.min(tileCount, CHUNKS_PER_THREAD * pool.threads()) : 1;
        forEach(parallel, chunks, chunk -> {
            float[] tile = tiles.get();
            // Tiles in column-panel order, so a chunk reuses each panel of op(B) for many rows.
            for (int t = (int) ((long) tileCount * chunk / chunks); t < (long) tileCount * (chunk + 1) / chunks; t++) {
                int row0 = t % rowPanels * MR;
                int col0 = t / rowPanels * NR;
                FloatKernel.multiplyTile(packedA, row0 * k, packedB, col0 * k, k, tile);
                int rows = Math.min(MR, m - row0);
                int cols = Math.min(NR, n - col0);
                for (int r = 0; r < rows; r++) {
                    int cOffset = (row0 + r) * n + col0;
                    for (int j = 0; j < cols; j++) {
                        c[cOffset + j] = tile[r * NR + j];
                    }
                }
            }
        });
    }

    private void forEach(boolean parallel, int count, IntConsumer task) {
        if (parallel) {
            pool.forEach(count, task);
        } else {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
        }
    }

    /** Rows [row0, row0 + MR) of op(A) as float32 rows of length k (rows past the end are zero). */
    private static void packRows(Operand a, int row0, float[] out) {
        int k = a.cols();
        int rows = Math.min(MR, a.rows() - row0);
        for (int r = 0; r < rows; r++) {
            int to = (row0 + r) * k;
            int from = (row0 + r) * a.rowStride();
            for (int kk = 0; kk < k; kk++) {
                out[to + kk] = (float) a.data()[from + kk * a.colStride()];
            }
        }
        Arrays.fill(out, (row0 + rows) * k, (row0 + MR) * k, 0f);
    }

    /**
     * Columns [col0, col0 + NR) of op(B) as a float32 panel, k-major: element (kk, col0 + j) goes
     * to {@code out[col0 * k + kk * NR + j]}; columns past the end are zero.
     */
    private static void packColumns(Operand b, int col0, float[] out) {
        int k = b.rows();
        int cols = Math.min(NR, b.cols() - col0);
        int panel = col0 * k;
        double[] data = b.data();
        if (b.rowsContiguous()) {
            for (int kk = 0; kk < k; kk++) {
                int from = kk * b.rowStride() + col0;
                int to = panel + kk * NR;
                for (int j = 0; j < cols; j++) {
                    out[to + j] = (float) data[from + j];
                }
                Arrays.fill(out, to + cols, to + NR, 0f);
            }
        } else {
            if (cols < NR) {
                Arrays.fill(out, panel, panel + k * NR, 0f);
            }
            for (int j = 0; j < cols; j++) {
                int from = (col0 + j) * b.colStride();
                for (int kk = 0; kk < k; kk++) {
                    out[panel + kk * NR + j] = (float) data[from + kk * b.rowStride()];
                }
            }
        }
    }

    /** c = a * b with float32 factors and sums, for products too small to pack. */
    private static void multiplySmall(Operand a, Operand b, double[] c) {
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

    /** The calling thread's float32 copies of the factors, grown on demand. */
    private static final class PackedFactors {
        private float[] rows = new float[0];
        private float[] columns = new float[0];

        float[] rows(int size) {
            if (rows.length < size) {
                rows = new float[size];
            }
            return rows;
        }

        float[] columns(int size) {
            if (columns.length < size) {
                columns = new float[size];
            }
            return columns;
        }
    }
}
