package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;

/**
 * A data loss: a scalar measuring how far a network's outputs are from a batch's labels or
 * targets, averaged over the examples of the batch.
 */
public interface Loss {
    String name();

    /** Mean loss over the batch's examples; remembers what {@link #backward()} needs. */
    double forward(DMatrixRMaj output, Batch batch);

    /** dLoss/dOutput for the last {@link #forward} call (a reused buffer, batch mean included). */
    DMatrixRMaj backward();
}
