package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.linalg.Matrices.product;
import static org.nnlab.linalg.Matrices.random;
import static org.nnlab.linalg.Matrices.relativeDifference;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vector API backend against EJML, and the checks of the public entry point. */
class GemmTest {
    private static final GemmBackend EJML = new EjmlBackend("reference", 1);
    private static final GemmBackend VECTOR = VectorBackend.float64(2);

    @ParameterizedTest(name = "op(A) {0}x{1}, op(B) {1}x{2}")
    @CsvSource({
        "100, 784, 512", "100, 512, 512", "512, 100, 512", "784, 100, 512", "100, 512, 784", // the MLP's products
        "100, 512, 10", "512, 100, 10", "100, 10, 512", "100, 128, 8", // narrow outputs and short k
        "1, 1, 1", "4, 3, 2", "7, 13, 5", "8, 8, 8", "33, 65, 17", "5, 1, 9", "1, 300, 1", "200, 1, 40", // tiny, k = 1
        "6, 16, 16", "12, 40, 32", "13, 300, 33", "250, 40, 3", "1, 784, 512", // whole and partial tiles
        "37, 600, 50", "20, 30, 600", "300, 300, 40", "71, 1030, 19", "700, 30, 100"}) // k, column, row blocks; tall C
    void agreesWithEjmlForEveryOperation(int m, int k, int n) {
        DMatrixRMaj a = random(m, k, 1);
        DMatrixRMaj b = random(k, n, 2);
        DMatrixRMaj aT = random(k, m, 3);
        DMatrixRMaj bT = random(n, k, 4);
        assertAgree(a, false, b, false);
        assertAgree(aT, true, b, false);
        assertAgree(a, false, bT, true);
        assertAgree(aT, true, bT, true);
    }

    private static void assertAgree(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB) {
        double difference = relativeDifference(product(VECTOR, a, transposeA, b, transposeB), product(EJML, a, transposeA, b, transposeB));
        assertTrue(difference <= 1e-12, "transposeA=" + transposeA + " transposeB=" + transposeB + ": relative difference " + difference);
    }

    @Test
    void anEmptyInnerDimensionGivesZeros() {
        DMatrixRMaj c = product(VECTOR, new DMatrixRMaj(3, 0), false, new DMatrixRMaj(0, 4), false);
        assertArrayEquals(new double[12], c.data);
    }

    @Test
    void gemmMatchesEjmlThroughThePublicMethods() {
        DMatrixRMaj a = random(40, 70, 5);
        DMatrixRMaj b = random(70, 30, 6);
        DMatrixRMaj c = new DMatrixRMaj(40, 30);
        DMatrixRMaj expected = new DMatrixRMaj(40, 30);
        Gemm.mult(a, b, c);
        CommonOps_DDRM.mult(a, b, expected);
        assertTrue(relativeDifference(c, expected) <= 1e-12);
        DMatrixRMaj at = random(70, 40, 7);
        Gemm.multTransA(at, b, c);
        CommonOps_DDRM.multTransA(at, b, expected);
        assertTrue(relativeDifference(c, expected) <= 1e-12);
        DMatrixRMaj bt = random(30, 70, 8);
        Gemm.multTransB(a, bt, c);
        CommonOps_DDRM.multTransB(a, bt, expected);
        assertTrue(relativeDifference(c, expected) <= 1e-12);
    }

    @Test
    void theVectorBackendIsTheDefaultWhenTheModuleIsPresent() {
        assertTrue(Gemm.backend().matches("Java Vector API \\(\\d+-bit, \\d+ threads?\\)"), Gemm.backend());
    }

    @Test
    void wrongShapesAreRejectedNamingBothShapes() {
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
                () -> Gemm.mult(new DMatrixRMaj(3, 4), new DMatrixRMaj(5, 6), new DMatrixRMaj(3, 6)));
        assertEquals("cannot multiply 3x4 by 5x6: inner dimensions 4 and 5 differ", inner.getMessage());
        IllegalArgumentException result = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multTransA(new DMatrixRMaj(4, 3), new DMatrixRMaj(4, 6), new DMatrixRMaj(6, 3)));
        assertEquals("result of (4x3)^T times 4x6 is 3x6 but c is 6x3", result.getMessage());
        IllegalArgumentException transB = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multTransB(new DMatrixRMaj(2, 5), new DMatrixRMaj(7, 5), new DMatrixRMaj(2, 5)));
        assertEquals("result of 2x5 times (7x5)^T is 2x7 but c is 2x5", transB.getMessage());
    }

    @Test
    void cMayNotShareStorageWithAOrB() {
        DMatrixRMaj square = random(4, 4, 9);
        DMatrixRMaj other = random(4, 4, 10);
        assertThrows(IllegalArgumentException.class, () -> Gemm.mult(square, other, square));
        assertThrows(IllegalArgumentException.class, () -> Gemm.multTransA(other, square, square));
        assertThrows(IllegalArgumentException.class, () -> Gemm.multTransB(square, square, square));
    }
}
