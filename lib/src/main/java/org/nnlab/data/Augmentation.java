package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * A random transformation of a training batch's inputs, applied in place, one row (example) at a
 * time or to the whole batch; labels are unchanged. Only training batches are augmented.
 */
@FunctionalInterface
public interface Augmentation {
    void apply(DMatrixRMaj batchX, Rng rng);
}
