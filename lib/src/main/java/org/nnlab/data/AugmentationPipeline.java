package org.nnlab.data;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/** See {@link Augmentation#pipeline(Augmentation...)}. */
record AugmentationPipeline(List<Augmentation> steps) implements Augmentation {
    @Override
    public void apply(DMatrixRMaj batchX, Rng rng) {
        for (Augmentation step : steps) {
            step.apply(batchX, rng);
        }
    }
}
