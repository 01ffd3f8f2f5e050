package org.nnlab.linalg;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * Packed, cache-blocked products on a Java Vector API micro-kernel ({@link Kernel}): float64
 * ({@link #float64}, the default) or float32 products from float64 storage ({@link #float32}),
 * shared between threads by chunks of C.
 *
 * <p>k runs in blocks of at most {@link Kernel#maxK()}, whose bounds depend on k alone. For each k
 * block, columns of op(B) are packed into k-major panels of NR columns and each MR x NR tile of C
 * is updated from MR rows of op(A): read in place when the kernel can (float64, op(A) = A),
 * else packed once for the whole product, shared by all threads. C no wider than the kernel's
 * narrow tile (the 10-class output) uses that tile's panels instead.
 *
 * <p>C is cut into chunks of whole columns, each packing its own columns of op(B); or, when op(A)
 * is transposed or C is narrow or tall, into chunks of whole rows sharing a block of op(B) packed
 * beforehand. Threads take whole chunks and never split k, so every element of C sees the same
 * operations in the same order for any thread count: results are bit-identical for 1 or N threads.
 *
 * @param <P> the kernel's packed buffer type
 */
final class VectorBackend<P> implements GemmBackend {
    /** Products with fewer multiply-adds than this run as plain loops. */
    private static final long SMALL_WORK = 512;
    /** Products with fewer multiply-adds than this run on the calling thread only. */
    private static final long PARALLEL_WORK = 1L << 20;
    /** Chunks per thread: spare chunks let a fast thread make up for a slow or late one. */
    private static final int CHUNKS_PER_THREAD = 4;
    /** C with fewer columns than this many tiles is cut into chunks of rows. */
    private static final int WIDE_TILES = 4;
    /** C with this many times more rows than columns is cut into chunks of rows, so A is read once. */
    private static final int TALL = 4;
    /** Largest column block packed at once, in bytes of packed op(B) per k (with KC = 256 doubles: 512 KB, in the level-2 cache). */
    private static final int NC_BYTES = 2048;
    /** Bytes of op(A) used against one packed B block (256 KB), in the level-2 cache. */
    private static final int ROW_BLOCK_BYTES = 256 * 1024;

    private final Kernel<P> kernel;
    private final int mr;
    private final int nr;
    private final int elementBytes;
    private final WorkerPool pool;
    private final ThreadLocal<Workspace<P>> workspaces;

    private VectorBackend(Kernel<P> kernel, int elementBytes, int threads) {
        this.kernel = kernel;
        this.mr = kernel.rows();
        this.nr = kernel.columns();
        this.elementBytes = elementBytes;
        this.pool = new WorkerPool(threads);
        this.workspaces = ThreadLocal.withInitial(() -> new Workspace<>(kernel));
    }

    /** Float64 products: the default. */
    static VectorBackend<double[]> float64(int threads) {
        return new VectorBackend<>(new DoubleKernel(), Double.BYTES, threads);
    }

    /**
     * Opt-in float32 products ({@link Gemm#setFloat32Products}): op(A) and op(B) are rounded to
     * float32 while being packed, each c<sub>ij</sub> is one float32 sum of fused multiply-adds over
     * k in increasing order ({@link FloatKernel}), stored widened into the float64 C. The relative
     * error is about k times float32's 6e-8 instead of float64's 1e-16: fine for training speed,
     * not for gradient checks.
     */
    static VectorBackend<float[]> float32(int threads) {
        return new VectorBackend<>(new FloatKernel(), Float.BYTES, threads);
    }

    @Override
    public String name() {
        int threads = pool.threads();
        return "Java Vector API" + kernel.description() + threads + (threads == 1 ? " thread)" : " threads)");
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
            kernel.multiplySmall(left, right, c.data);
        } else if (n <= kernel.narrowColumns()) {
            multiplyByRows(rowsOf(left, work), right, kernel.narrowColumns(), c.data, work);
        } else if (transposeA || n < WIDE_TILES * nr || m >= TALL * (long) n) {
            multiplyByRows(rowsOf(left, work), right, nr, c.data, work);
        } else {
            multiplyByColumns(rowsOf(left, work), right, c.data, work);
        }
    }

    /**
     * op(A) as the kernel reads it: the matrix itself when the kernel can read its rows in place,
     * else packed once for the whole product ({@code packed}), k block after k block: the block
     * starting at k0 holds {@code paddedRows} rows of its kc elements from offset {@code paddedRows * k0}.
     */
    private record Rows<P>(Operand operand, P data, boolean packed, int paddedRows) {
        int offset(int row, int k0, int kc) {
            return packed ? paddedRows * k0 + row * kc : row * operand.rowStride() + k0;
        }

        int stride(int kc) {
            return packed ? kc : operand.rowStride();
        }
    }

    /** op(A) in place, or packed by all threads, each packing whole tiles of rows for every k block. */
    private Rows<P> rowsOf(Operand a, long work) {
        P inPlace = kernel.inPlaceRows(a);
        if (inPlace != null) {
            return new Rows<>(a, inPlace, false, a.rows());
        }
        int m = a.rows();
        int k = a.cols();
        int panels = (m + mr - 1) / mr;
        int paddedRows = panels * mr;
        P packed = workspaces.get().packedRows(paddedRows * k);
        int chunks = chunks(panels, work);
        int blocks = kBlocks(k);
        pool.forEach(chunks, chunk -> {
            int from = panels * chunk / chunks * mr;
            int height = Math.min(m, panels * (chunk + 1) / chunks * mr) - from;
            for (int block = 0; block < blocks; block++) {
                int k0 = kStart(k, block, blocks);
                int kc = kStart(k, block + 1, blocks) - k0;
                Packing.packRows(kernel, a, from, height, k0, kc, packed, paddedRows * k0 + from * kc);
            }
        });
        return new Rows<>(a, packed, true, paddedRows);
    }

    /** Chunks of columns of C; each packs its own columns of op(B). */
    private void multiplyByColumns(Rows<P> a, Operand b, double[] c, long work) {
        int n = b.cols();
        int m = a.operand().rows();
        int k = a.operand().cols();
        int panels = (n + nr - 1) / nr;
        int chunks = chunks(panels, work);
        int columnBlock = NC_BYTES / elementBytes / nr * nr;
        pool.forEach(chunks, chunk -> {
            Workspace<P> workspace = workspaces.get();
            int to = Math.min(n, panels * (chunk + 1) / chunks * nr);
            for (int col0 = panels * chunk / chunks * nr; col0 < to; col0 += columnBlock) {
                int width = Math.min(columnBlock, to - col0);
                int blocks = kBlocks(k);
                for (int block = 0; block < blocks; block++) {
                    int k0 = kStart(k, block, blocks);
                    int kc = kStart(k, block + 1, blocks) - k0;
                    P packedB = workspace.columns((width + nr - 1) / nr * nr * kc);
                    Packing.packColumns(kernel, nr, b, k0, kc, col0, width, packedB);
                    multiplyRows(a, 0, m, k0, kc, packedB, nr, c, n, col0, width, block > 0, workspace);
                }
            }
        });
    }

    /**
     * Chunks of rows of C, one k block at a time: the caller packs the block of op(B) that all
     * chunks read, in panels of {@code panelWidth} columns (the wide or the narrow tile's), then the
     * chunks update their rows with it.
     */
    private void multiplyByRows(Rows<P> a, Operand b, int panelWidth, double[] c, long work) {
        int m = a.operand().rows();
        int k = a.operand().cols();
        int n = b.cols();
        int panels = (m + mr - 1) / mr;
        int chunks = chunks(panels, work);
        int blocks = kBlocks(k);
        for (int block = 0; block < blocks; block++) {
            int k0 = kStart(k, block, blocks);
            int kc = kStart(k, block + 1, blocks) - k0;
            boolean accumulate = block > 0;
            P packedB = workspaces.get().columns((n + panelWidth - 1) / panelWidth * panelWidth * kc);
            Packing.packColumns(kernel, panelWidth, b, k0, kc, 0, n, packedB);
            pool.forEach(chunks, chunk -> {
                int from = panels * chunk / chunks * mr;
                int to = Math.min(m, panels * (chunk + 1) / chunks * mr);
                multiplyRows(a, from, to, k0, kc, packedB, panelWidth, c, n, 0, n, accumulate, workspaces.get());
            });
        }
    }

    private int chunks(int panels, long work) {
        return work < PARALLEL_WORK ? 1 : Math.min(panels, CHUNKS_PER_THREAD * pool.threads());
    }

    private int kBlocks(int k) {
        return (k + kernel.maxK() - 1) / kernel.maxK();
    }

    /** First k of a block: the blocks split k evenly and depend on k only, never on threads. */
    private static int kStart(int k, int block, int blocks) {
        return (int) ((long) k * block / blocks);
    }

    /**
     * Updates rows [rowFrom, rowTo) x columns [col0, col0 + width) of C (row length ldc) with
     * k block [k0, k0 + kc); packedB holds those columns of op(B), packed in panels of panelWidth
     * columns. rowFrom is a multiple of MR.
     */
    private void multiplyRows(Rows<P> a, int rowFrom, int rowTo, int k0, int kc, P packedB, int panelWidth,
            double[] c, int ldc, int col0, int width, boolean accumulate, Workspace<P> workspace) {
        int rowsPerBlock = Math.max(mr, ROW_BLOCK_BYTES / elementBytes / kc / mr * mr);
        int lda = a.stride(kc);
        for (int row0 = rowFrom; row0 < rowTo; row0 += rowsPerBlock) {
            int height = Math.min(rowsPerBlock, rowTo - row0);
            // Packed rows are padded to whole tiles; in place, the rows after the last whole tile are packed here.
            int whole = a.packed() ? height : height / mr * mr;
            P edge = null;
            if (whole < height) {
                edge = workspace.edgeRows(mr * kc);
                Packing.packRows(kernel, a.operand(), row0 + whole, height - whole, k0, kc, edge, 0);
            }
            for (int col = 0; col < width; col += panelWidth) {
                int cols = Math.min(panelWidth, width - col);
                int panel = col * kc;
                int cBase = row0 * ldc + col0 + col;
                for (int r = 0; r < whole; r += mr) {
                    tile(a.data(), a.offset(row0 + r, k0, kc), lda, Math.min(mr, height - r), packedB, panel, kc, panelWidth,
                            c, cBase + r * ldc, ldc, cols, accumulate, workspace);
                }
                if (edge != null) {
                    tile(edge, 0, kc, height - whole, packedB, panel, kc, panelWidth, c, cBase + whole * ldc, ldc, cols, accumulate, workspace);
                }
            }
        }
    }

    /** One tile of C with the given rows and columns; a tile sticking out of C goes through a scratch tile. */
    private void tile(P a, int aOffset, int lda, int rows, P packedB, int bOffset, int kc, int panelWidth,
            double[] c, int cOffset, int ldc, int cols, boolean accumulate, Workspace<P> workspace) {
        if (rows == mr && cols == panelWidth) {
            kernel.multiplyTile(a, aOffset, lda, packedB, bOffset, kc, panelWidth, c, cOffset, ldc, accumulate);
            return;
        }
        double[] scratch = workspace.tile();
        if (accumulate) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(c, cOffset + r * ldc, scratch, r * panelWidth, cols);
            }
        }
        kernel.multiplyTile(a, aOffset, lda, packedB, bOffset, kc, panelWidth, scratch, 0, panelWidth, accumulate);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(scratch, r * panelWidth, c, cOffset + r * ldc, cols);
        }
    }
}
