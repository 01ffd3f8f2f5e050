package org.nnlab.linalg;

/** Copies blocks of the factors into the layouts {@link Kernel#multiplyTile} reads, in the kernel's precision. */
final class Packing {
    /** k per block when packing a transposed op(B): one 64-byte cache line of doubles. */
    private static final int TRANSPOSE_K = 8;

    private Packing() {
    }

    /**
     * Packs k in [k0, k0 + kc) and columns [col0, col0 + width) of op(B) as consecutive k-major
     * panels of nr columns (the tile's): element (k0 + kk, col0 + q * nr + j) goes to
     * {@code out[(q * kc + kk) * nr + j]}; columns past {@code width} are zero.
     */
    static <P> void packColumns(Kernel<P> kernel, int nr, Operand b, int k0, int kc, int col0, int width, P out) {
        double[] data = b.data();
        for (int q = 0; q * nr < width; q++) {
            int panel = q * kc * nr;
            int panelWidth = Math.min(nr, width - q * nr);
            int src = k0 * b.rowStride() + (col0 + q * nr) * b.colStride();
            if (panelWidth < nr) {
                kernel.clear(out, panel, panel + kc * nr);
            }
            if (b.rowsContiguous()) {
                for (int kk = 0; kk < kc; kk++) {
                    kernel.copy(data, src + kk * b.rowStride(), 1, out, panel + kk * nr, 1, panelWidth);
                }
            } else {
                // op(B) = B^T: a column of the panel is a row of B. Blocks of TRANSPOSE_K k keep both
                // the rows read and the panel rows written in the level-1 cache.
                for (int kk0 = 0; kk0 < kc; kk0 += TRANSPOSE_K) {
                    int count = Math.min(TRANSPOSE_K, kc - kk0);
                    for (int j = 0; j < panelWidth; j++) {
                        kernel.copy(data, src + j * b.colStride() + kk0 * b.rowStride(), b.rowStride(), out, panel + kk0 * nr + j, nr, count);
                    }
                }
            }
        }
    }

    /**
     * Packs rows [row0, row0 + height) and k in [k0, k0 + kc) of op(A) row-major with row length
     * kc from {@code out[outOffset]}, followed by zero rows up to a multiple of MR = {@code kernel.rows()} rows.
     */
    static <P> void packRows(Kernel<P> kernel, Operand a, int row0, int height, int k0, int kc, P out, int outOffset) {
        double[] data = a.data();
        if (a.rowsContiguous()) {
            for (int r = 0; r < height; r++) {
                kernel.copy(data, (row0 + r) * a.rowStride() + k0, 1, out, outOffset + r * kc, 1, kc);
            }
        } else {
            // op(A) = A^T: a row of op(A) is a column of A. Blocks of TRANSPOSE_K k read that many rows
            // of A side by side and write whole cache lines of the packed rows.
            for (int kk0 = 0; kk0 < kc; kk0 += TRANSPOSE_K) {
                int count = Math.min(TRANSPOSE_K, kc - kk0);
                for (int r = 0; r < height; r++) {
                    kernel.copy(data, row0 + r + (k0 + kk0) * a.colStride(), a.colStride(), out, outOffset + r * kc + kk0, 1, count);
                }
            }
        }
        int paddedRows = (height + kernel.rows() - 1) / kernel.rows() * kernel.rows();
        kernel.clear(out, outOffset + height * kc, outOffset + paddedRows * kc);
    }
}
