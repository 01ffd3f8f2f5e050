package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * An inverted-dropout mask: each entry is independently 0 with probability {@code rate} and
 * 1 / (1 - rate) otherwise, so E[mask] = 1. Reuses its buffer; can be frozen (see
 * {@link Stochastic#freezeMask}).
 */
final class BernoulliMask {
    private final double keep;
    private final double scale;
    private final DMatrixRMaj values = new DMatrixRMaj(0, 0);
    private Rng rng;
    private boolean frozen;
    private boolean drawn;

    BernoulliMask(double rate) {
        this.keep = 1 - rate;
        this.scale = 1 / (1 - rate);
    }

    /** Starts drawing from {@code stream}, forgetting any previous mask. */
    void reset(Rng stream) {
        rng = stream;
        drawn = false;
    }

    boolean hasStream() {
        return rng != null;
    }

    void freeze(boolean frozen) {
        this.frozen = frozen;
    }

    /** A fresh {@code rows x cols} mask, or the last one if frozen and of that shape. */
    DMatrixRMaj next(int rows, int cols) {
        if (frozen && drawn && values.numRows == rows && values.numCols == cols) {
            return values;
        }
        values.reshape(rows, cols);
        for (int i = 0; i < values.getNumElements(); i++) {
            values.data[i] = rng.bernoulli(keep) ? scale : 0;
        }
        drawn = true;
        return values;
    }
}
