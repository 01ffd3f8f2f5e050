package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.nnlab.linalg.Matrices.product;
import static org.nnlab.linalg.Matrices.random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Threads split C, never k: every product is bit-identical for any thread count. */
class ThreadCountTest {
    private static final GemmBackend ONE = VectorBackend.float64(1);
    private static final GemmBackend TWO = VectorBackend.float64(2);
    private static final GemmBackend THREE = VectorBackend.float64(3);

    @ParameterizedTest(name = "op(A) {0}x{1}, op(B) {1}x{2}")
    @CsvSource({"100, 784, 512", "512, 100, 512", "100, 512, 784", "100, 512, 10", "512, 100, 10", "137, 911, 53", "1000, 300, 40", "2000, 50, 100"})
    void resultsAreBitIdenticalForOneTwoAndThreeThreads(int m, int k, int n) {
        DMatrixRMaj a = random(m, k, 1);
        DMatrixRMaj b = random(k, n, 2);
        DMatrixRMaj aT = random(k, m, 3);
        DMatrixRMaj bT = random(n, k, 4);
        assertSameForAllThreadCounts(a, false, b, false);
        assertSameForAllThreadCounts(aT, true, b, false);
        assertSameForAllThreadCounts(a, false, bT, true);
    }

    private static void assertSameForAllThreadCounts(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB) {
        double[] expected = product(ONE, a, transposeA, b, transposeB).data;
        assertArrayEquals(expected, product(TWO, a, transposeA, b, transposeB).data);
        assertArrayEquals(expected, product(THREE, a, transposeA, b, transposeB).data);
    }
}
