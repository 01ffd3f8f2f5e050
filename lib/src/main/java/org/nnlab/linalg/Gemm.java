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
 * <p>Opt-in float32 products, for speed: {@link #setFloat32Products(boolean) setFloat32Products(true)}
 * or the system property {@code nnlab.products=float32} rounds both factors to float32 and sums in
 * float32 (storage stays float64; relative error about k * 6e-8). Off by default; needs the Vector
 * API. Gradient checks need the default float64 products.
 *
 * <p>All methods overwrite {@code c}, which must already have the product's shape and must not
 * share storage with {@code a} or {@code b}.
 */
public final class Gemm {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** Chosen on first use (not in a static initializer, so that a bad property fails with its own message). */
    private static volatile GemmBackend backend;
    /** The float32 backend while float32 products are on, else null; read from nnlab.products on first use. */
    private static volatile GemmBackend float32;

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

    /**
     * Turns float32 products on or off for every later product (all threads).
     *
     * @throws IllegalStateException when turning them on in a JVM without the Vector API module
     */
    public static synchronized void setFloat32Products(boolean on) {
        if (on != float32Products()) {
            float32 = on ? newFloat32Backend() : null;
        }
    }

    /** Whether products are computed in float32 (see the class comment); false by default. */
    public static boolean float32Products() {
        active();
        return float32 != null;
    }

    /** The backend products run on: the float32 one while it is on, else the float64 one (both chosen on first use). */
    private static GemmBackend active() {
        GemmBackend chosen = backend;
        if (chosen == null) {
            synchronized (Gemm.class) {
                if (backend == null) {
                    float32 = float32From(System.getProperty("nnlab.products", "float64").trim());
                    backend = select();
                }
                chosen = backend;
            }
        }
        GemmBackend f32 = float32;
        return f32 != null ? f32 : chosen;
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

    /** The float32 backend for a value of {@code nnlab.products}, or null for float64. */
    static GemmBackend float32From(String products) {
        switch (products) {
            case "float64":
                return null;
            case "float32":
                return newFloat32Backend();
            default:
                throw new IllegalArgumentException(Require.message("Gemm", "the system property nnlab.products",
                        "float64 (default) or float32", "'" + products + "'", "e.g. -Dnnlab.products=float32"));
        }
    }

    private static GemmBackend newFloat32Backend() {
        if (!ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
            throw new IllegalStateException("float32 products need the JVM option --add-modules " + VECTOR_MODULE);
        }
        GemmBackend chosen = VectorBackend.float32(threads(System.getProperty("nnlab.threads"), Runtime.getRuntime().availableProcessors()));
        Warmup.run(chosen);
        return chosen;
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
     * the JVM has the incubator module, and a thread count. Only {@link VectorBackend}'s kernels use the
     * incubator module, and they are loaded only when a vector backend is created.
     */
    static GemmBackend choose(String requested, boolean vectorModule, int threads) {
        Require.atLeast("Gemm", "the thread count", threads, 1);
        switch (requested) {
            case "ejml":
                return new EjmlBackend("forced by nnlab.gemm=ejml", threads);
            case "vector":
                Require.that(vectorModule, "Gemm", "the system property nnlab.gemm", "ejml or unset in this JVM", "'vector'",
                        "vector needs the JVM option --add-modules " + VECTOR_MODULE);
                return VectorBackend.float64(threads);
            case "":
                return vectorModule ? VectorBackend.float64(threads) : new EjmlBackend(VECTOR_MODULE + " not enabled", threads);
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
