package org.nnlab.data;

import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#flip(double)}. */
record RandomFlip(double probability) implements ImageAugmentation {
    RandomFlip {
        Require.probability("Augmentation.flip", "probability", probability);
    }

    @Override
    public boolean isIdentity() {
        return probability == 0;
    }

    @Override
    public void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng) {
        if (!rng.bernoulli(probability)) {
            return;
        }
        for (int r = 0; r < side; r++) {
            int rowStart = offset + r * side;
            for (int left = 0, right = side - 1; left < right; left++, right--) {
                double t = pixels[rowStart + left];
                pixels[rowStart + left] = pixels[rowStart + right];
                pixels[rowStart + right] = t;
            }
        }
    }
}
