package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * A matrix-multiply implementation behind {@link Gemm}: {@code c = op(a) op(b)}, where op
 * transposes when the flag is set. Arguments arrive checked (shapes agree, no aliasing).
 */
interface GemmBackend {
    String name();

    void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c);
}
