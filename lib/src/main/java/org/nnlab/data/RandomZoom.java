package org.nnlab.data;

import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#zoom(double)}. */
record RandomZoom(double maxChange) implements ImageAugmentation {
    RandomZoom {
        Require.fraction("Augmentation.zoom", "maxChange", maxChange);
    }

    @Override
    public boolean isIdentity() {
        return maxChange == 0;
    }

    /** Each output pixel samples the input at its position scaled by 1 / factor about the centre. */
    @Override
    public void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng) {
        double factor = rng.uniform(1 - maxChange, 1 + maxChange);
        double centre = (side - 1) / 2.0;
        System.arraycopy(pixels, offset, scratch, 0, side * side);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                pixels[offset + r * side + c] = Bilinear.sample(scratch, side, centre + (r - centre) / factor, centre + (c - centre) / factor);
            }
        }
    }
}
