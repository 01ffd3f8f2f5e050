package org.nnlab.linalg;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Test helpers: random matrices and the relative difference max|a - b| / max|b|. */
final class Matrices {
    private Matrices() {
    }

    static DMatrixRMaj random(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = random.nextDouble(-1, 1);
        }
        return m;
    }

    static double relativeDifference(DMatrixRMaj actual, DMatrixRMaj expected) {
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            difference = Math.max(difference, Math.abs(actual.data[i] - expected.data[i]));
            scale = Math.max(scale, Math.abs(expected.data[i]));
        }
        return scale == 0 ? difference : difference / scale;
    }

    /** c = op(a) op(b) from a backend, into a fresh matrix filled with NaN so every entry must be written. */
    static DMatrixRMaj product(GemmBackend backend, DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB) {
        DMatrixRMaj c = new DMatrixRMaj(transposeA ? a.numCols : a.numRows, transposeB ? b.numRows : b.numCols);
        java.util.Arrays.fill(c.data, Double.NaN);
        backend.multiply(a, transposeA, b, transposeB, c);
        return c;
    }
}
