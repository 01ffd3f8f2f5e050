package org.nnlab.data;

import java.util.Arrays;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** See {@link Augmentation#erase(double, double, double)}. */
record RandomErasing(double probability, double minArea, double maxArea) implements ImageAugmentation {
    private static final double MAX_LOG_ASPECT = Math.log(1 / 0.3);

    RandomErasing {
        Require.probability("Augmentation.erase", "probability", probability);
        Require.probability("Augmentation.erase", "minArea", minArea);
        Require.probability("Augmentation.erase", "maxArea", maxArea);
        Require.that(minArea <= maxArea, "Augmentation.erase", "minArea", "<= maxArea = " + maxArea, minArea);
    }

    @Override
    public boolean isIdentity() {
        return probability == 0 || maxArea == 0;
    }

    @Override
    public void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng) {
        if (!rng.bernoulli(probability)) {
            return;
        }
        double area = rng.uniform(minArea, maxArea) * side * side;
        double aspect = Math.exp(rng.uniform(-MAX_LOG_ASPECT, MAX_LOG_ASPECT));
        int height = (int) Math.min(side, Math.round(Math.sqrt(area * aspect)));
        int width = (int) Math.min(side, Math.round(Math.sqrt(area / aspect)));
        if (height == 0 || width == 0) {
            return;
        }
        int top = rng.nextInt(side - height + 1);
        int left = rng.nextInt(side - width + 1);
        for (int r = top; r < top + height; r++) {
            int start = offset + r * side + left;
            Arrays.fill(pixels, start, start + width, 0);
        }
    }
}
