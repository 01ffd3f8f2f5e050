package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.nnlab.linalg.Matrices.product;
import static org.nnlab.linalg.Matrices.random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The fallback: EJML's multi-threaded products for large inputs give the single-threaded bits. */
class EjmlBackendTest {

    @Test
    void largeProductsUseEjmlsThreadsWithoutChangingResults() {
        GemmBackend twoThreads = new EjmlBackend("test", 2);
        DMatrixRMaj a = random(100, 784, 1);
        DMatrixRMaj b = random(784, 512, 2);
        DMatrixRMaj expected = new DMatrixRMaj(100, 512);
        CommonOps_DDRM.mult(a, b, expected);
        assertArrayEquals(expected.data, product(twoThreads, a, false, b, false).data);
        DMatrixRMaj bT = random(512, 784, 3);
        CommonOps_DDRM.multTransB(a, bT, expected);
        assertArrayEquals(expected.data, product(twoThreads, a, false, bT, true).data);
        DMatrixRMaj a2 = random(100, 512, 4);
        DMatrixRMaj wgrad = new DMatrixRMaj(784, 512);
        CommonOps_DDRM.multTransA(random(100, 784, 5), a2, wgrad);
        assertArrayEquals(wgrad.data, product(twoThreads, random(100, 784, 5), true, a2, false).data);
    }
}
