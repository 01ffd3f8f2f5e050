package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.nnlab.linalg.Matrices.product;
import static org.nnlab.linalg.Matrices.random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bits of the vector backends: every c<sub>ij</sub> is the chain of fused multiply-adds
 * acc = fma(a<sub>ik</sub>, b<sub>kj</sub>, acc) over k in increasing order from 0, in float64, or
 * in float32 from factors rounded to float32, whatever the tile shape (wide or narrow), the k
 * blocks, the edges and the thread count.
 */
class FusedOrderTest {
    private static final GemmBackend[] FLOAT64 = {VectorBackend.float64(1), VectorBackend.float64(2)};
    private static final GemmBackend[] FLOAT32 = {VectorBackend.float32(1), VectorBackend.float32(2)};

    @ParameterizedTest(name = "op(A) {0}x{1}, op(B) {1}x{2}")
    @CsvSource({"100, 784, 512", "512, 100, 512", "100, 512, 784", // wide: by columns, by rows, transposed B
        "100, 512, 10", "512, 100, 10", "100, 128, 8", "13, 300, 16", "7, 600, 1", // narrow, incl. k in blocks
        "13, 300, 17", "100, 10, 512", "37, 600, 50", "9, 4500, 70"}) // just wider than narrow, short k, k blocks of both kernels
    void everyElementIsOneFusedMultiplyAddPerKInIncreasingOrder(int m, int k, int n) {
        DMatrixRMaj a = random(m, k, 1);
        DMatrixRMaj b = random(k, n, 2);
        DMatrixRMaj aT = random(k, m, 3);
        DMatrixRMaj bT = random(n, k, 4);
        double[][] expected = {fmaChain(a, false, b, false, false), fmaChain(aT, true, b, false, false), fmaChain(a, false, bT, true, false),
            fmaChain(a, false, b, false, true), fmaChain(aT, true, b, false, true), fmaChain(a, false, bT, true, true)};
        for (int t = 0; t < 2; t++) {
            assertArrayEquals(expected[0], product(FLOAT64[t], a, false, b, false).data);
            assertArrayEquals(expected[1], product(FLOAT64[t], aT, true, b, false).data);
            assertArrayEquals(expected[2], product(FLOAT64[t], a, false, bT, true).data);
            assertArrayEquals(expected[3], product(FLOAT32[t], a, false, b, false).data);
            assertArrayEquals(expected[4], product(FLOAT32[t], aT, true, b, false).data);
            assertArrayEquals(expected[5], product(FLOAT32[t], a, false, bT, true).data);
        }
    }

    /** c = op(a) op(b), each element a chain of fused multiply-adds in increasing k, in float32 when asked. */
    private static double[] fmaChain(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, boolean float32) {
        Operand left = Operand.of(a, transposeA);
        Operand right = Operand.of(b, transposeB);
        double[] c = new double[left.rows() * right.cols()];
        for (int i = 0; i < left.rows(); i++) {
            for (int j = 0; j < right.cols(); j++) {
                double sum = 0;
                float sum32 = 0;
                for (int kk = 0; kk < left.cols(); kk++) {
                    if (float32) {
                        sum32 = Math.fma((float) left.get(i, kk), (float) right.get(kk, j), sum32);
                    } else {
                        sum = Math.fma(left.get(i, kk), right.get(kk, j), sum);
                    }
                }
                c[i * right.cols() + j] = float32 ? sum32 : sum;
            }
        }
        return c;
    }
}
