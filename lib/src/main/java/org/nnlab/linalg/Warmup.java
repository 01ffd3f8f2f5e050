package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Runs a backend on a few small products so the JIT compiles its kernel before the first real
 * call (an interpreted Vector API kernel is hundreds of times slower).
 */
final class Warmup {
    private Warmup() {
    }

    static void run(GemmBackend backend) {
        DMatrixRMaj a = filled(48, 64);
        DMatrixRMaj b = filled(64, 40);
        DMatrixRMaj c = new DMatrixRMaj(48, 40);
        DMatrixRMaj ct = new DMatrixRMaj(64, 64);
        DMatrixRMaj cb = new DMatrixRMaj(48, 48);
        for (int i = 0; i < 300; i++) {
            backend.multiply(a, false, b, false, c);
            backend.multiply(a, true, a, false, ct);
            backend.multiply(a, false, a, true, cb);
        }
    }

    private static DMatrixRMaj filled(int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (i % 7) - 3;
        }
        return m;
    }
}
