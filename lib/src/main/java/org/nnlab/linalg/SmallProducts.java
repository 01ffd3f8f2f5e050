package org.nnlab.linalg;

/**
 * Products too small to repay packing and threads (gradient checks, tiny layers): a plain loop,
 * each c<sub>ij</sub> = sum over k in increasing order of a<sub>ik</sub> b<sub>kj</sub>.
 */
final class SmallProducts {
    private SmallProducts() {
    }

    /** c = a * b, c row-major with a.rows() rows and b.cols() columns. */
    static void multiply(Operand a, Operand b, double[] c) {
        int n = b.cols();
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < a.cols(); k++) {
                    sum += a.get(i, k) * b.get(k, j);
                }
                c[i * n + j] = sum;
            }
        }
    }
}
