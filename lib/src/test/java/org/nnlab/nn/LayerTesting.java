package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.probe.GradientCheck;
import org.nnlab.random.Rng;

/** Shared helpers for layer tests: seeded inputs and gradient-check assertions. */
final class LayerTesting {
    /** Relative-error bound for smooth layers. */
    static final double SMOOTH = 1e-7;
    /** Relative-error bound for layers with kinks (inputs are kept away from them). */
    static final double KINKED = 1e-5;

    private LayerTesting() {
    }

    /** Standard normal entries. */
    static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = rng.nextGaussian();
        }
        return m;
    }

    /**
     * Entries with random sign and magnitude in [0.2, 1.5): at least 0.2 away from the kink at 0,
     * far beyond the finite-difference step.
     */
    static DMatrixRMaj awayFromZero(int rows, int cols, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            double magnitude = rng.uniform(0.2, 1.5);
            m.data[i] = rng.bernoulli(0.5) ? magnitude : -magnitude;
        }
        return m;
    }

    /** Fills {@code target} with N(0, std^2) draws. */
    static void randomize(DMatrixRMaj target, double std, long seed) {
        Rng rng = Rng.of(seed);
        for (int i = 0; i < target.getNumElements(); i++) {
            target.data[i] = std * rng.nextGaussian();
        }
    }

    /**
     * Checks the input gradient and every parameter gradient of {@code layer} numerically, prints
     * the relative errors (for the record), and asserts each is below {@code bound}.
     */
    static void assertGradientsMatch(String label, Layer layer, DMatrixRMaj x, Mode mode, double bound) {
        List<GradientCheck.Entry> entries = GradientCheck.checkLayer(layer, x, mode, Rng.of(99));
        StringBuilder line = new StringBuilder(String.format("gradient check %-36s", label));
        for (GradientCheck.Entry e : entries) {
            line.append(String.format(" %s=%.1e", e.variable(), e.relativeError()));
        }
        System.out.println(line);
        for (GradientCheck.Entry e : entries) {
            assertTrue(e.relativeError() < bound,
                    label + ": gradient of " + e.variable() + " has relative error " + e.relativeError() + " >= " + bound);
        }
    }

    static boolean allFinite(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }
}
