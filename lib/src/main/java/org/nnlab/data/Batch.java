package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;

/**
 * A mini-batch: inputs {@code x} (one example per row) with either class {@code labels}
 * (classification) or a {@code targets} matrix (regression, or multi-output 0/1 targets). The unused
 * one is {@code null}. Batches handed out during training are reused buffers: copy to keep.
 */
public record Batch(DMatrixRMaj x, int[] labels, DMatrixRMaj targets) {
    /** Number of examples. */
    public int size() {
        return x.numRows;
    }
}
