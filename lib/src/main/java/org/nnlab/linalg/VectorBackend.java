package org.nnlab.linalg;

import static org.nnlab.linalg.VectorKernel.MR;
import static org.nnlab.linalg.VectorKernel.NR;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Packed, cache-blocked products on the {@link VectorKernel} micro-kernel, shared between threads
 * by chunks of C.
 *
 * <p>k runs in blocks of at most {@value #KC}, whose bounds depend on k alone. For each k block,
 * columns of op(B) are packed into k-major panels of NR columns and each MR x NR tile of C is
 * updated from MR rows of op(A): read in place when op(A) = A, packed first when op(A) = A^T.
 *
 * <p>C is cut into chunks of whole columns, each packing its own columns of op(B); or, when op(A)
 * is transposed or C is narrow or tall, into chunks of whole rows sharing a block of op(B) packed
 * beforehand. Threads take whole chunks and never split k, so every element of C sees the same
 * operations in the same order for any thread count: results are bit-identical for 1 or N threads.
 */
final class VectorBackend implements GemmBackend {
    /** Products with fewer multiply-adds than this run as plain loops. */
    private static final long SMALL_WORK = 512;
    /** Products with fewer multiply-adds than this run on the calling thread only. */
    private static final long PARALLEL_WORK = 1L << 20;
    /** Chunks per thread: spare chunks let a fast thread make up for a slow or late one. */
    private static final int CHUNKS_PER_THREAD = 4;
    /** C narrower than this is cut into chunks of rows. */
    private static final int WIDE = 4 * NR;
    /** C with this many times more rows than columns is cut into chunks of rows, so A is read once. */
    private static final int TALL = 4;
    /** Largest k block: a B panel of KC x NR doubles (32 KB with AVX-512) fits the level-1 cache. */
    private static final int KC = 256;
    /** Largest column block packed at once: KC x NC doubles (512 KB), in the level-2 cache. */
    private static final int NC = 256;
    /** Doubles of op(A) used against one packed B block (256 KB), in the level-2 cache. */
    private static final int ROW_BLOCK_DOUBLES = 32 * 1024;

    private final WorkerPool pool;
    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    VectorBackend(int threads) {
        this.pool = new WorkerPool(threads);
    }

    @Override
    public String name() {
        int threads = pool.threads();
        return "Java Vector API (" + VectorKernel.vectorBits() + "-bit, " + threads + (threads == 1 ? " thread)" : " threads)");
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
            SmallProducts.multiply(left, right, c.data);
        } else if (transposeA || n < WIDE || m >= TALL * (long) n) {
            multiplyByRows(left, right, c.data, work);
        } else {
            multiplyByColumns(left, right, c.data, work);
        }
    }

    /** Chunks of columns of C; each packs its own columns of op(B), op(A) = A is read in place. */
    private void multiplyByColumns(Operand a, Operand b, double[] c, long work) {
        int n = b.cols();
        int panels = (n + NR - 1) / NR;
        int chunks = chunks(panels, work);
        pool.forEach(chunks, chunk -> {
            Workspace workspace = workspaces.get();
            int to = Math.min(n, panels * (chunk + 1) / chunks * NR);
            for (int col0 = panels * chunk / chunks * NR; col0 < to; col0 += NC) {
                int width = Math.min(NC, to - col0);
                int blocks = kBlocks(a.cols());
                for (int block = 0; block < blocks; block++) {
                    int k0 = kStart(a.cols(), block, blocks);
                    int kc = kStart(a.cols(), block + 1, blocks) - k0;
                    double[] packedB = workspace.columns((width + NR - 1) / NR * NR * kc);
                    Packing.packColumns(b, k0, kc, col0, width, packedB);
                    multiplyRows(a, 0, a.rows(), k0, kc, packedB, c, n, col0, width, block > 0, workspace);
                }
            }
        });
    }

    /**
     * Chunks of rows of C, one k block at a time: the caller packs the block of op(B) that all
     * chunks read, then the chunks update their rows with it.
     */
    private void multiplyByRows(Operand a, Operand b, double[] c, long work) {
        int k = a.cols();
        int n = b.cols();
        int panels = (a.rows() + MR - 1) / MR;
        int chunks = chunks(panels, work);
        int blocks = kBlocks(k);
        for (int block = 0; block < blocks; block++) {
            int k0 = kStart(k, block, blocks);
            int kc = kStart(k, block + 1, blocks) - k0;
            boolean accumulate = block > 0;
            double[] packedB = workspaces.get().columns((n + NR - 1) / NR * NR * kc);
            Packing.packColumns(b, k0, kc, 0, n, packedB);
            pool.forEach(chunks, chunk -> {
                int from = panels * chunk / chunks * MR;
                int to = Math.min(a.rows(), panels * (chunk + 1) / chunks * MR);
                multiplyRows(a, from, to, k0, kc, packedB, c, n, 0, n, accumulate, workspaces.get());
            });
        }
    }

    private int chunks(int panels, long work) {
        return work < PARALLEL_WORK ? 1 : Math.min(panels, CHUNKS_PER_THREAD * pool.threads());
    }

    private static int kBlocks(int k) {
        return (k + KC - 1) / KC;
    }

    /** First k of a block: the blocks split k evenly and depend on k only, never on threads. */
    private static int kStart(int k, int block, int blocks) {
        return (int) ((long) k * block / blocks);
    }

    /**
     * Updates rows [rowFrom, rowTo) x columns [col0, col0 + width) of C (row length ldc) with
     * k block [k0, k0 + kc); packedB holds those columns of op(B), packed.
     */
    private static void multiplyRows(Operand a, int rowFrom, int rowTo, int k0, int kc, double[] packedB,
            double[] c, int ldc, int col0, int width, boolean accumulate, Workspace workspace) {
        int rowsPerBlock = Math.max(MR, ROW_BLOCK_DOUBLES / kc / MR * MR);
        for (int row0 = rowFrom; row0 < rowTo; row0 += rowsPerBlock) {
            int height = Math.min(rowsPerBlock, rowTo - row0);
            // Whole panels of op(A) = A are read in place; the rest (all of A^T, or A's last rows) is packed.
            int inPlace = a.rowsContiguous() ? height / MR * MR : 0;
            double[] packedA = workspace.rows((height - inPlace + MR - 1) / MR * MR * kc);
            if (inPlace < height) {
                Packing.packRows(a, row0 + inPlace, height - inPlace, k0, kc, packedA);
            }
            for (int col = 0; col < width; col += NR) {
                int cols = Math.min(NR, width - col);
                int panel = col * kc;
                int cBase = row0 * ldc + col0 + col;
                for (int r = 0; r < inPlace; r += MR) {
                    int aOffset = (row0 + r) * a.rowStride() + k0;
                    tile(a.data(), aOffset, a.rowStride(), MR, packedB, panel, kc, c, cBase + r * ldc, ldc, cols, accumulate, workspace);
                }
                for (int r = inPlace; r < height; r += MR) {
                    int rows = Math.min(MR, height - r);
                    tile(packedA, (r - inPlace) * kc, kc, rows, packedB, panel, kc, c, cBase + r * ldc, ldc, cols, accumulate, workspace);
                }
            }
        }
    }

    /** One tile of C with the given rows and columns; a tile sticking out of C goes through a scratch tile. */
    private static void tile(double[] a, int aOffset, int lda, int rows, double[] packedB, int bOffset, int kc,
            double[] c, int cOffset, int ldc, int cols, boolean accumulate, Workspace workspace) {
        if (rows == MR && cols == NR) {
            VectorKernel.multiplyTile(a, aOffset, lda, packedB, bOffset, kc, c, cOffset, ldc, accumulate);
            return;
        }
        double[] scratch = workspace.tile();
        if (accumulate) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, cOffset + r * ldc, scratch, r * NR, cols);
            }
        }
        VectorKernel.multiplyTile(a, aOffset, lda, packedB, bOffset, kc, scratch, 0, NR, accumulate);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(scratch, r * NR, c, cOffset + r * ldc, cols);
        }
    }
}
