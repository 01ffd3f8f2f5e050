package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/** An augmentation that changes each square image of a batch on its own. */
interface ImageAugmentation extends Augmentation {
    /** True when the augmentation cannot change anything (strength 0); then no random numbers are drawn. */
    boolean isIdentity();

    /**
     * Transforms the {@code side x side} image starting at {@code pixels[offset]} in place;
     * {@code scratch} holds at least {@code side * side} values and may be overwritten.
     */
    void augment(double[] pixels, int offset, int side, double[] scratch, Rng rng);

    @Override
    default void apply(DMatrixRMaj batchX, Rng rng) {
        if (isIdentity()) {
            return;
        }
        int side = Images.side(batchX.numCols);
        double[] scratch = new double[batchX.numCols];
        for (int i = 0; i < batchX.numRows; i++) {
            augment(batchX.data, i * batchX.numCols, side, scratch, rng);
        }
    }
}
