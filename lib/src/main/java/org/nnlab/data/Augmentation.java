package org.nnlab.data;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * A random transformation of a training batch's inputs, applied in place to the batch (a copy of
 * the data, see {@link Batches}); labels are unchanged. Only training batches are augmented.
 *
 * <p>The factories below work on square greyscale images stored one per row, pixel {@code (r, c)}
 * at column {@code r * side + c} (e.g. 28x28 Fashion-MNIST); {@link #noise} works on any
 * features. Each image draws its own random parameters from {@code rng}, in row order. Pixels
 * moved in from outside the image, and erased pixels, become 0 (the background of raw or [0, 1]
 * images). At strength 0 (no shift, 0 degrees, probability 0, std 0) every augmentation is
 * exactly the identity.
 */
@FunctionalInterface
public interface Augmentation {
    void apply(DMatrixRMaj batchX, Rng rng);

    /** Moves each image by a whole number of pixels, uniform in [-maxPixels, maxPixels] in each direction. */
    static Augmentation shift(int maxPixels) {
        return new RandomShift(maxPixels);
    }

    /** Rotates each image about its centre by an angle uniform in [-maxDegrees, maxDegrees], bilinear interpolation. */
    static Augmentation rotate(double maxDegrees) {
        return new RandomRotation(maxDegrees);
    }

    /**
     * Scales each image about its centre by a factor uniform in [1 - maxChange, 1 + maxChange]
     * (above 1 zooms in, below 1 shrinks the content), bilinear interpolation; {@code maxChange} in [0, 1).
     */
    static Augmentation zoom(double maxChange) {
        return new RandomZoom(maxChange);
    }

    /** Mirrors each image left-right with probability {@code probability}. */
    static Augmentation flip(double probability) {
        return new RandomFlip(probability);
    }

    /** Adds independent Gaussian noise of standard deviation {@code std} to every feature (no clipping). */
    static Augmentation noise(double std) {
        return new GaussianNoise(std);
    }

    /**
     * With probability {@code probability}, sets a rectangle of each image to 0: its area a fraction
     * uniform in [minArea, maxArea] of the image, aspect ratio log-uniform in [0.3, 3.3], position
     * uniform (random erasing, Zhong et al. 2017).
     */
    static Augmentation erase(double probability, double minArea, double maxArea) {
        return new RandomErasing(probability, minArea, maxArea);
    }

    /** The steps applied one after another, all drawing from the same random stream. */
    static Augmentation pipeline(Augmentation... steps) {
        return new AugmentationPipeline(List.of(steps));
    }
}
