package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A factor of a product, op(M), as a strided view of a row-major matrix M: element (i, j) of
 * op(M) is {@code data[i * rowStride + j * colStride]}, so op(M) = M has strides (cols, 1) and
 * op(M) = M<sup>T</sup> has strides (1, M.cols).
 */
record Operand(double[] data, int rows, int cols, int rowStride, int colStride) {

    static Operand of(DMatrixRMaj m, boolean transpose) {
        return transpose ? new Operand(m.data, m.numCols, m.numRows, 1, m.numCols)
                : new Operand(m.data, m.numRows, m.numCols, m.numCols, 1);
    }

    /** True when each row of op(M) is contiguous in {@code data} (op(M) = M). */
    boolean rowsContiguous() {
        return colStride == 1;
    }

    double get(int row, int col) {
        return data[row * rowStride + col * colStride];
    }
}
