package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Whether matrices hold only finite numbers, cheaply enough to check every gradient of every
 * training step: one branch-free pass ({@code x * 0.0} is a signed zero for finite x and NaN for
 * NaN or infinity; the products are summed on whole vectors where the JVM has the Vector API
 * ({@link FiniteVectorLoop}), else their bits are OR-ed together), shared between threads by
 * {@link Parallel} for long arrays.
 */
public final class Finite {
    private static final long EXPONENT = 0x7ff0000000000000L;

    private Finite() {
    }

    /** True when no entry of {@code m} is NaN or infinite. */
    public static boolean all(DMatrixRMaj m) {
        double[] data = m.data;
        int length = m.getNumElements();
        if (length <= Parallel.PIECE) {
            return all(data, 0, length);
        }
        boolean[] bad = new boolean[1];
        Parallel.forRange(length, (from, to) -> {
            if (!all(data, from, to)) {
                bad[0] = true;
            }
        });
        return !bad[0];
    }

    private static boolean all(double[] data, int from, int to) {
        if (VectorApi.available()) {
            return FiniteVectorLoop.all(data, from, to);
        }
        long bits = 0;
        for (int i = from; i < to; i++) {
            bits |= Double.doubleToRawLongBits(data[i] * 0.0);
        }
        return (bits & EXPONENT) != EXPONENT;
    }
}
