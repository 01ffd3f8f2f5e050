package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Runs a backend on products of every kind (the three operations, partial tiles, several k
 * blocks, chunks of rows and of columns, wide and narrow tiles, one and several threads) often
 * enough for the JIT to compile all of its code: an interpreted Vector API kernel is hundreds of
 * times slower.
 */
final class Warmup {
    /** Rounds of four small products; about 0.3 s in all, most of it before the kernel is compiled. */
    private static final int ROUNDS = 500;
    /** Every this many rounds, two products large enough to use every thread. */
    private static final int PARALLEL_EVERY = 20;

    private Warmup() {
    }

    static void run(GemmBackend backend) {
        DMatrixRMaj x = filled(32, 300);
        DMatrixRMaj w = filled(300, 70);
        DMatrixRMaj wT = filled(70, 300);
        DMatrixRMaj dy = filled(32, 40);
        DMatrixRMaj y = new DMatrixRMaj(32, 70);
        DMatrixRMaj dw = new DMatrixRMaj(300, 40);
        DMatrixRMaj wNarrow = filled(300, 10);
        DMatrixRMaj yNarrow = new DMatrixRMaj(32, 10);
        DMatrixRMaj bigX = filled(100, 200);
        DMatrixRMaj bigW = filled(200, 160);
        DMatrixRMaj bigY = new DMatrixRMaj(100, 160);
        DMatrixRMaj bigDw = new DMatrixRMaj(200, 160);
        for (int round = 0; round < ROUNDS; round++) {
            backend.multiply(x, false, w, false, y);
            backend.multiply(x, false, wT, true, y);
            backend.multiply(x, true, dy, false, dw);
            backend.multiply(x, false, wNarrow, false, yNarrow);
            if (round % PARALLEL_EVERY == 0) {
                backend.multiply(bigX, false, bigW, false, bigY);
                backend.multiply(bigX, true, bigY, false, bigDw);
            }
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
