package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.linalg.Matrices.product;
import static org.nnlab.linalg.Matrices.random;
import static org.nnlab.linalg.Matrices.relativeDifference;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The opt-in float32 products: float32 accuracy, thread-count independence, the switch. */
class Float32ProductsTest {
    private static final GemmBackend EJML = new EjmlBackend("reference", 1);
    private static final GemmBackend ONE = VectorBackend.float32(1);
    private static final GemmBackend TWO = VectorBackend.float32(2);
    private static final GemmBackend THREE = VectorBackend.float32(3);

    @ParameterizedTest(name = "op(A) {0}x{1}, op(B) {1}x{2}")
    @CsvSource({"100, 784, 512", "512, 100, 512", "100, 512, 784", "100, 512, 10", "100, 128, 8",
        "1, 1, 1", "7, 13, 5", "6, 32, 32", "13, 300, 33", "250, 40, 3", "37, 600, 50", "700, 30, 100",
        "9, 4500, 70"}) // k in two blocks: C reloaded as float32
    void agreesWithFloat64ToFloat32AccuracyAndIsTheSameForAnyThreadCount(int m, int k, int n) {
        DMatrixRMaj a = random(m, k, 1);
        DMatrixRMaj b = random(k, n, 2);
        DMatrixRMaj aT = random(k, m, 3);
        DMatrixRMaj bT = random(n, k, 4);
        // float32 rounding of random sums grows about as sqrt(k): 2e-6 up to the MLP's k = 784
        double tolerance = 2e-6 * Math.max(1, Math.sqrt(k / 784.0));
        assertFloat32Product(a, false, b, false, tolerance);
        assertFloat32Product(aT, true, b, false, tolerance);
        assertFloat32Product(a, false, bT, true, tolerance);
        assertFloat32Product(aT, true, bT, true, tolerance);
    }

    private static void assertFloat32Product(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, double tolerance) {
        DMatrixRMaj single = product(ONE, a, transposeA, b, transposeB);
        double difference = relativeDifference(single, product(EJML, a, transposeA, b, transposeB));
        assertTrue(difference <= tolerance, "relative difference " + difference);
        assertArrayEquals(single.data, product(TWO, a, transposeA, b, transposeB).data);
        assertArrayEquals(single.data, product(THREE, a, transposeA, b, transposeB).data);
    }

    @Test
    void factorsAreRoundedToFloat32() {
        DMatrixRMaj a = new DMatrixRMaj(40, 40);
        DMatrixRMaj b = new DMatrixRMaj(40, 40);
        Arrays.fill(a.data, 1 + 0x1p-30); // not a float32: rounds to 1
        Arrays.fill(b.data, 1);
        assertEquals(40.0, product(ONE, a, false, b, false).get(3, 5));
        assertEquals(40 * (1 + 0x1p-30), product(EJML, a, false, b, false).get(3, 5));
    }

    @Test
    void offByDefaultAndSwitchedThroughGemm() {
        assertFalse(Gemm.float32Products());
        DMatrixRMaj a = random(50, 60, 5);
        DMatrixRMaj b = random(60, 70, 6);
        DMatrixRMaj float64 = new DMatrixRMaj(50, 70);
        DMatrixRMaj float32 = new DMatrixRMaj(50, 70);
        Gemm.mult(a, b, float64);
        Gemm.setFloat32Products(true);
        try {
            assertTrue(Gemm.backend().startsWith("Java Vector API, float32 products"), Gemm.backend());
            Gemm.mult(a, b, float32);
        } finally {
            Gemm.setFloat32Products(false);
        }
        assertArrayEquals(product(ONE, a, false, b, false).data, float32.data);
        assertTrue(relativeDifference(float32, float64) > 0);
        assertFalse(Gemm.backend().contains("float32"));
    }

    @Test
    void thePropertyAcceptsFloat64OrFloat32Only() {
        assertNull(Gemm.float32From("float64"));
        assertTrue(Gemm.float32From("float32").name().startsWith("Java Vector API, float32 products"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gemm.float32From("half"));
        assertEquals("Gemm: the system property nnlab.products must be float64 (default) or float32, got 'half'; e.g. -Dnnlab.products=float32",
                e.getMessage());
    }
}
