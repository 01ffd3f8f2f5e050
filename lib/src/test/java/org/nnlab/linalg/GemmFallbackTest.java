package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM without {@code --add-modules jdk.incubator.vector} (surefire execution
 * {@code no-vector-module}): nnlab must fall back to EJML cleanly and still compute correctly.
 */
class GemmFallbackTest {
    @Test
    void fallsBackToEjmlWithoutTheVectorModule() {
        assertEquals(false, ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "this test must run without the vector module");
        assertEquals("EJML (jdk.incubator.vector not enabled)", Gemm.backend());
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{5, 6}, {7, 8}});
        DMatrixRMaj c = new DMatrixRMaj(2, 2);
        Gemm.mult(a, b, c);
        assertArrayEquals(new double[] {19, 22, 43, 50}, c.data);
        Gemm.multTransA(a, b, c);
        assertArrayEquals(new double[] {26, 30, 38, 44}, c.data);
        Gemm.multTransB(a, b, c);
        assertArrayEquals(new double[] {17, 23, 39, 53}, c.data);
    }
}
