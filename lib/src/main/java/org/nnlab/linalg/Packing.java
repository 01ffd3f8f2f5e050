package org.nnlab.linalg;

import static org.nnlab.linalg.VectorKernel.MR;
import static org.nnlab.linalg.VectorKernel.NR;

import java.util.Arrays;

/** Copies blocks of the factors into the layouts {@link VectorKernel#multiplyTile} reads. */
final class Packing {
    private Packing() {
    }

    /**
     * Packs k in [k0, k0 + kc) and columns [col0, col0 + width) of op(B) as consecutive k-major
     * panels of NR columns: element (k0 + kk, col0 + q * NR + j) goes to
     * {@code out[(q * kc + kk) * NR + j]}; columns past {@code width} are zero.
     */
    static void packColumns(Operand b, int k0, int kc, int col0, int width, double[] out) {
        int fullPanels = b.rowsContiguous() ? width / NR : 0;
        if (fullPanels > 0) {
            // Row by row through op(B) = B: sequential reads, one NR-wide piece per panel.
            VectorKernel.copyPanels(b.data(), k0 * b.rowStride() + col0, b.rowStride(), kc, fullPanels, out);
        }
        for (int q = fullPanels; q * NR < width; q++) {
            int panel = q * kc * NR;
            int panelWidth = Math.min(NR, width - q * NR);
            if (panelWidth < NR) {
                Arrays.fill(out, panel, panel + kc * NR, 0);
            }
            int src = k0 * b.rowStride() + (col0 + q * NR) * b.colStride();
            for (int j = 0; j < panelWidth; j++) {
                int column = src + j * b.colStride();
                for (int kk = 0; kk < kc; kk++) {
                    out[panel + kk * NR + j] = b.data()[column + kk * b.rowStride()];
                }
            }
        }
    }

    /**
     * Packs rows [row0, row0 + height) and k in [k0, k0 + kc) of op(A) row-major with row length
     * kc, followed by zero rows up to a multiple of MR rows.
     */
    static void packRows(Operand a, int row0, int height, int k0, int kc, double[] out) {
        double[] data = a.data();
        if (a.rowsContiguous()) {
            for (int r = 0; r < height; r++) {
                System.arraycopy(data, (row0 + r) * a.rowStride() + k0, out, r * kc, kc);
            }
        } else {
            // op(A) = A^T: each k is a contiguous row of A, spread over the packed rows
            for (int kk = 0; kk < kc; kk++) {
                int src = row0 + (k0 + kk) * a.colStride();
                for (int r = 0; r < height; r++) {
                    out[r * kc + kk] = data[src + r];
                }
            }
        }
        int paddedRows = (height + MR - 1) / MR * MR;
        Arrays.fill(out, height * kc, paddedRows * kc, 0);
    }
}
