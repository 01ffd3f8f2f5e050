package org.nnlab.init;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/** Every entry equal to {@code value}; draws nothing from the generator. */
record ConstantInitializer(double value) implements Initializer {
    @Override
    public void fill(DMatrixRMaj weights, Rng rng) {
        weights.fill(value);
    }

    @Override
    public String toString() {
        return value == 0 ? "zeros" : "constant(" + value + ")";
    }
}
