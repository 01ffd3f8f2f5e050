package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * The single entry point for every matrix product in nnlab's forward and backward passes:
 * {@code c = op(a) op(b)} in double precision on row-major {@code DMatrixRMaj} data.
 *
 * <p>Backend: a packed, register-blocked Java Vector API kernel when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (the build, the tests and the Jupyter kernel do),
 * warmed up on first use so the JIT has compiled it; otherwise EJML's {@code CommonOps_DDRM} and
 * {@code CommonOps_MT_DDRM}. Both use {@code nnlab.threads} threads (default: available
 * processors). The system property {@code nnlab.gemm=vector|ejml} forces a choice;
 * {@link #backend()} says which one is active. The choice is made on first use; an invalid property
 * value fails that use (and every later one) with an {@link IllegalArgumentException} naming the
 * property, the value and the allowed values. Results do not depend on the thread count.
 *
 * <p>All methods overwrite {@code c}, which must already have the product's shape and must not
 * share storage with {@code a} or {@code b}.
 */
public final class Gemm {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** Chosen on first use (not in a static initializer, so that a bad property fails with its own message). */
    private static volatile GemmBackend backend;

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
        return active().name();
    }

    private static GemmBackend active() {
        GemmBackend chosen = backend;
        if (chosen == null) {
            synchronized (Gemm.class) {
                if (backend == null) {
                    backend = select();
                }
                chosen = backend;
            }
        }
        return chosen;
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
        active().multiply(a, transposeA, b, transposeB, c);
    }

    /** Replaces the backend and returns the previous one (for tests that compare backends end to end). */
    static GemmBackend swap(GemmBackend replacement) {
        GemmBackend previous = active();
        backend = replacement;
        return previous;
    }

    private static String describe(DMatrixRMaj m, boolean transposed) {
        return transposed ? "(" + m.numRows + "x" + m.numCols + ")^T" : m.numRows + "x" + m.numCols;
    }

    private static GemmBackend select() {
        boolean vectorModule = ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
        int threads = threads(System.getProperty("nnlab.threads"), Runtime.getRuntime().availableProcessors());
        GemmBackend chosen = choose(System.getProperty("nnlab.gemm", "").trim(), vectorModule, threads);
        if (chosen instanceof VectorBackend) {
            Warmup.run(chosen);
        }
        return chosen;
    }

    /**
     * The backend for a value of {@code nnlab.gemm} ("vector", "ejml" or "" for automatic), whether
     * the JVM has the incubator module, and a thread count. {@link VectorBackend} holds no
     * reference to the incubator module; its kernel class is loaded only when it first runs.
     */
    static GemmBackend choose(String requested, boolean vectorModule, int threads) {
        Require.atLeast("Gemm", "the thread count", threads, 1);
        switch (requested) {
            case "ejml":
                return new EjmlBackend("forced by nnlab.gemm=ejml", threads);
            case "vector":
                Require.that(vectorModule, "Gemm", "the system property nnlab.gemm", "ejml or unset in this JVM", "'vector'",
                        "vector needs the JVM option --add-modules " + VECTOR_MODULE);
                return new VectorBackend(threads);
            case "":
                return vectorModule ? new VectorBackend(threads) : new EjmlBackend(VECTOR_MODULE + " not enabled", threads);
            default:
                throw new IllegalArgumentException(Require.message("Gemm", "the system property nnlab.gemm",
                        "vector, ejml or unset (automatic)", "'" + requested + "'", "e.g. -Dnnlab.gemm=ejml"));
        }
    }

    /** The value of {@code nnlab.threads} ({@code processors} when unset): an integer >= 1, else an error naming the property. */
    static int threads(String property, int processors) {
        if (property == null) {
            return processors;
        }
        String fix = "e.g. -Dnnlab.threads=" + processors + ", or leave it unset for the number of processors (" + processors + ")";
        try {
            int threads = Integer.parseInt(property.trim());
            Require.that(threads >= 1, "Gemm", "the system property nnlab.threads", "an integer >= 1", "'" + property + "'", fix);
            return threads;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Require.message("Gemm", "the system property nnlab.threads", "an integer >= 1",
                    "'" + property + "'", fix), e);
        }
    }
}
