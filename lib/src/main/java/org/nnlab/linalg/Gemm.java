package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The single entry point for every matrix product in nnlab's forward and backward passes.
 *
 * <p>Backend: a packed, register-blocked Java Vector API kernel when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (the build, the tests and the Jupyter kernel do), using
 * {@code nnlab.threads} threads (default: available processors); otherwise EJML's
 * {@code CommonOps_DDRM}. The system property {@code nnlab.gemm=vector|ejml} forces a choice.
 * {@link #backend()} says which one is active. Results do not depend on the thread count.
 *
 * <p>All methods overwrite {@code c}, which must already have the product's shape and must not
 * share storage with {@code a} or {@code b}.
 */
public final class Gemm {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static volatile GemmBackend backend = select();

    private Gemm() {
    }

    /** c = a * b. */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        multiply(a, false, b, false, c);
    }

    /** c = a<sup>T</sup> * b (weight gradients: x<sup>T</sup> dY). */
    public static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        multiply(a, true, b, false, c);
    }

    /** c = a * b<sup>T</sup> (input gradients: dY W<sup>T</sup>). */
    public static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        multiply(a, false, b, true, c);
    }

    /** The active backend, e.g. "Java Vector API (512-bit, 2 threads)". */
    public static String backend() {
        return backend.name();
    }

    private static void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        int m = transposeA ? a.numCols : a.numRows;
        int k = transposeA ? a.numRows : a.numCols;
        int kb = transposeB ? b.numCols : b.numRows;
        int n = transposeB ? b.numRows : b.numCols;
        if (k != kb) {
            throw new IllegalArgumentException("cannot multiply " + describe(a, transposeA) + " by " + describe(b, transposeB)
                    + ": inner dimensions " + k + " and " + kb + " differ");
        }
        if (c.numRows != m || c.numCols != n) {
            throw new IllegalArgumentException("result of " + describe(a, transposeA) + " times " + describe(b, transposeB)
                    + " is " + m + "x" + n + " but c is " + c.numRows + "x" + c.numCols);
        }
        if (c.data == a.data || c.data == b.data) {
            throw new IllegalArgumentException("c must not share storage with a or b");
        }
        backend.multiply(a, transposeA, b, transposeB, c);
    }

    /** Replaces the backend and returns the previous one (for tests that compare backends end to end). */
    static GemmBackend swap(GemmBackend replacement) {
        GemmBackend previous = backend;
        backend = replacement;
        return previous;
    }

    private static String describe(DMatrixRMaj m, boolean transposed) {
        return transposed ? "(" + m.numRows + "x" + m.numCols + ")^T" : m.numRows + "x" + m.numCols;
    }

    private static GemmBackend select() {
        String forced = System.getProperty("nnlab.gemm", "");
        boolean vectorAvailable = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
        if (forced.equals("ejml")) {
            return new EjmlBackend("forced by nnlab.gemm=ejml");
        }
        if (!vectorAvailable) {
            if (forced.equals("vector")) {
                throw new IllegalStateException("nnlab.gemm=vector but the JVM lacks --add-modules " + VECTOR_MODULE);
            }
            return new EjmlBackend(VECTOR_MODULE + " not enabled");
        }
        int threads = Integer.getInteger("nnlab.threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new IllegalArgumentException("nnlab.threads must be >= 1, got " + threads);
        }
        try {
            // Loaded by name so that the incubator classes are never touched without the module.
            GemmBackend vector = (GemmBackend) Class.forName("org.nnlab.linalg.VectorBackend")
                    .getDeclaredConstructor(int.class).newInstance(threads);
            Warmup.run(vector);
            return vector;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the Vector API backend", e);
        }
    }
}
