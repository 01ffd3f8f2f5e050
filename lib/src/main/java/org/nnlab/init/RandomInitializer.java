package org.nnlab.init;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * Independent draws from a zero-mean {@link Distribution} whose standard deviation may depend on
 * the fans of the matrix being filled.
 */
record RandomInitializer(String description, Distribution distribution, Std std) implements Initializer {

    /** The standard deviation for a {@code fanIn x fanOut} matrix. */
    @FunctionalInterface
    interface Std {
        double of(int fanIn, int fanOut);
    }

    @Override
    public void fill(DMatrixRMaj weights, Rng rng) {
        double s = std.of(weights.numRows, weights.numCols);
        for (int i = 0; i < weights.getNumElements(); i++) {
            weights.data[i] = distribution.draw(rng, s);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
