package org.nnlab.linalg;

/**
 * Whether this JVM has the Java Vector API ({@code --add-modules jdk.incubator.vector}). Classes
 * that use it are loaded only when it does; the others fall back to plain loops that compute the
 * same values.
 */
public final class VectorApi {
    private static final boolean AVAILABLE = ModuleLayer.boot().findModule(Gemm.VECTOR_MODULE).isPresent();

    private VectorApi() {
    }

    /** True when {@code jdk.incubator.vector} is in this JVM's boot layer. */
    public static boolean available() {
        return AVAILABLE;
    }
}
