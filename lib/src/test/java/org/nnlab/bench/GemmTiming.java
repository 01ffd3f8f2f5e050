package org.nnlab.bench;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.linalg.Gemm;
import org.nnlab.random.Rng;

/**
 * Times a matrix product: a warm-up of a fifth of the budget, then the median GFLOPS of
 * {@value #SAMPLES} samples sharing the rest.
 */
final class GemmTiming {
    static final int SAMPLES = 7;

    /** A product {@code c = op(a) op(b)} of matrices already shaped for it. */
    @FunctionalInterface
    interface Product {
        void run(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c);
    }

    private GemmTiming() {
    }

    /** The {@link Gemm} entry point for the given transposes. */
    static Product gemm(boolean transA, boolean transB) {
        if (transA && transB) {
            throw new IllegalArgumentException("Gemm has no product with both factors transposed");
        }
        return transA ? Gemm::multTransA : transB ? Gemm::multTransB : Gemm::mult;
    }

    /** GFLOPS of nnlab's {@link Gemm} for op(A) m x k times op(B) k x n, on random factors. */
    static double gflops(int m, int k, int n, boolean transA, boolean transB, double seconds) {
        DMatrixRMaj a = random(transA ? k : m, transA ? m : k, 1);
        DMatrixRMaj b = random(transB ? n : k, transB ? k : n, 2);
        return gflops(gemm(transA, transB), a, b, new DMatrixRMaj(m, n), k, seconds);
    }

    /** GFLOPS of {@code product} on the given matrices; k is the inner dimension. */
    static double gflops(Product product, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, int k, double seconds) {
        double flops = 2.0 * c.numRows * c.numCols * k;
        long warmUntil = System.nanoTime() + (long) (seconds / 5 * 1e9);
        while (System.nanoTime() < warmUntil) {
            product.run(a, b, c);
        }
        double sampleNanos = seconds * 0.8 / SAMPLES * 1e9;
        double[] rates = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            int reps = 0;
            long t0 = System.nanoTime();
            long elapsed;
            do {
                product.run(a, b, c);
                reps++;
                elapsed = System.nanoTime() - t0;
            } while (elapsed < sampleNanos);
            rates[i] = flops * reps / elapsed;
        }
        Arrays.sort(rates);
        return rates[SAMPLES / 2];
    }

    /** A matrix of standard normal entries. */
    static DMatrixRMaj random(int rows, int cols, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        Arrays.setAll(m.data, i -> rng.nextGaussian());
        return m;
    }
}
