package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#noise(double)}. */
record GaussianNoise(double std) implements Augmentation {
    GaussianNoise {
        Require.nonNegative("Augmentation.noise", "std", std);
    }

    @Override
    public void apply(DMatrixRMaj batchX, Rng rng) {
        if (std == 0) {
            return;
        }
        for (int i = 0; i < batchX.getNumElements(); i++) {
            batchX.data[i] += std * rng.nextGaussian();
        }
    }
}
