package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.random.Rng;

class GemmTest {
    private static final GemmBackend EJML = new EjmlBackend("reference");

    private static DMatrixRMaj random(int rows, int cols, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        Arrays.setAll(m.data, i -> rng.nextGaussian());
        return m;
    }

    private static double relativeDifference(DMatrixRMaj a, DMatrixRMaj b) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            diff = Math.max(diff, Math.abs(a.data[i] - b.data[i]));
            scale = Math.max(scale, Math.abs(b.data[i]));
        }
        return scale == 0 ? diff : diff / scale;
    }

    private static DMatrixRMaj product(GemmBackend backend, DMatrixRMaj a, boolean ta, DMatrixRMaj b, boolean tb) {
        DMatrixRMaj c = new DMatrixRMaj(ta ? a.numCols : a.numRows, tb ? b.numRows : b.numCols);
        Arrays.fill(c.data, Double.NaN); // every entry must be written
        backend.multiply(a, ta, b, tb, c);
        return c;
    }

    @ParameterizedTest(name = "{0}x{1} by {1}x{2}")
    @CsvSource({"100,784,512", "100,512,512", "100,512,10", "1,1,1", "7,13,5", "33,65,17", "5,1,9", "6,16,16", "13,300,33", "250,40,3"})
    void vectorBackendAgreesWithEjmlForAllThreeOperations(int m, int k, int n) {
        VectorBackend vector = new VectorBackend(2);
        DMatrixRMaj a = random(m, k, 1);
        DMatrixRMaj b = random(k, n, 2);
        DMatrixRMaj at = random(k, m, 3);
        DMatrixRMaj bt = random(n, k, 4);
        assertTrue(relativeDifference(product(vector, a, false, b, false), product(EJML, a, false, b, false)) < 1e-12);
        assertTrue(relativeDifference(product(vector, at, true, b, false), product(EJML, at, true, b, false)) < 1e-12);
        assertTrue(relativeDifference(product(vector, a, false, bt, true), product(EJML, a, false, bt, true)) < 1e-12);
    }

    @Test
    void resultsAreBitIdenticalForOneAndTwoThreads() {
        VectorBackend one = new VectorBackend(1);
        VectorBackend two = new VectorBackend(2);
        for (int[] shape : new int[][] {{100, 784, 512}, {100, 512, 10}, {512, 100, 512}, {37, 91, 53}}) {
            DMatrixRMaj a = random(shape[0], shape[1], 5);
            DMatrixRMaj b = random(shape[1], shape[2], 6);
            assertArrayEquals(product(one, a, false, b, false).data, product(two, a, false, b, false).data);
            DMatrixRMaj bt = random(shape[2], shape[1], 7);
            assertArrayEquals(product(one, a, false, bt, true).data, product(two, a, false, bt, true).data);
        }
    }

    @Test
    void theDefaultBackendIsTheVectorKernelWhenTheModuleIsPresent() {
        assertTrue(Gemm.backend().startsWith("Java Vector API"), Gemm.backend());
        DMatrixRMaj a = random(20, 30, 8);
        DMatrixRMaj b = random(30, 40, 9);
        DMatrixRMaj c = new DMatrixRMaj(20, 40);
        Gemm.mult(a, b, c);
        assertTrue(relativeDifference(c, product(EJML, a, false, b, false)) < 1e-12);
    }

    @Test
    void shapeErrorsNameBothShapes() {
        IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
                () -> Gemm.mult(new DMatrixRMaj(3, 4), new DMatrixRMaj(5, 6), new DMatrixRMaj(3, 6)));
        assertTrue(inner.getMessage().contains("3x4") && inner.getMessage().contains("5x6"), inner.getMessage());
        IllegalArgumentException result = assertThrows(IllegalArgumentException.class,
                () -> Gemm.multTransA(new DMatrixRMaj(4, 3), new DMatrixRMaj(4, 6), new DMatrixRMaj(6, 3)));
        assertTrue(result.getMessage().contains("(4x3)^T") && result.getMessage().contains("3x6")
                && result.getMessage().contains("c is 6x3"), result.getMessage());
        DMatrixRMaj square = new DMatrixRMaj(4, 4);
        assertThrows(IllegalArgumentException.class, () -> Gemm.mult(square, new DMatrixRMaj(4, 4), square));
    }
}
