package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nnlab.linalg.Matrices.random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without {@code --add-modules jdk.incubator.vector}, Gemm must fall back to EJML cleanly and still
 * compute correctly. Runs only in surefire's execution {@code no-vector-module} (the default
 * execution excludes it).
 */
class GemmFallbackTest {

    @BeforeAll
    static void requireAJvmWithoutTheVectorModule() {
        assertFalse(ModuleLayer.boot().findModule(Gemm.VECTOR_MODULE).isPresent(),
                "run this test only in surefire's execution no-vector-module (no --add-modules " + Gemm.VECTOR_MODULE + ")");
    }

    @Test
    void gemmNamesEjml() {
        assertEquals("EJML (jdk.incubator.vector not enabled)", Gemm.backend());
    }

    @Test
    void float32ProductsNameTheMissingModule() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gemm.setFloat32Products(true));
        assertEquals("float32 products need the JVM option --add-modules jdk.incubator.vector", e.getMessage());
        assertFalse(Gemm.float32Products());
    }

    @Test
    void resultsAreStillCorrect() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{5, 6}, {7, 8}});
        DMatrixRMaj c = new DMatrixRMaj(2, 2);
        Gemm.mult(a, b, c);
        assertArrayEquals(new double[] {19, 22, 43, 50}, c.data);
        Gemm.multTransA(a, b, c);
        assertArrayEquals(new double[] {26, 30, 38, 44}, c.data);
        Gemm.multTransB(a, b, c);
        assertArrayEquals(new double[] {17, 23, 39, 53}, c.data);

        DMatrixRMaj x = random(100, 784, 1);
        DMatrixRMaj w = random(784, 512, 2);
        DMatrixRMaj y = new DMatrixRMaj(100, 512);
        DMatrixRMaj expected = new DMatrixRMaj(100, 512);
        Gemm.mult(x, w, y);
        CommonOps_DDRM.mult(x, w, expected);
        assertArrayEquals(expected.data, y.data);
    }
}
