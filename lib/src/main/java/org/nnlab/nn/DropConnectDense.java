package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.init.Init;
import org.nnlab.init.Initializer;
import org.nnlab.random.Rng;

/**
 * A dense layer with DropConnect (Wan et al., 2013): in {@link Mode#TRAIN} each weight (not each
 * activation) is dropped with probability {@code rate}, and kept weights are scaled by
 * 1 / (1 - rate) (inverted scaling), so the expected weight matrix is {@code W}:
 * <pre>
 *   TRAIN:  Y = X (W .* M) + b,   M_ij = 0 with probability rate, else 1 / (1 - rate)
 *   EVAL:   Y = X W + b           (the expected weights; deterministic)
 * </pre>
 * Backward in TRAIN: {@code dW = (X^T dY) .* M}, {@code dX = dY (W .* M)^T}, {@code db} as in
 * {@link Dense}.
 *
 * <p>One mask is drawn per forward pass and shared by the batch's examples (the paper samples one
 * per example; per-batch masks are the common, cheaper implementation). Masks come from the stream
 * {@code rng.split("mask")} given to {@link #initialize}; see {@link #freezeMask}.
 */
public final class DropConnectDense extends Dense implements Stochastic {
    private final double rate;
    private final BernoulliMask mask;
    private final DMatrixRMaj maskedWeights = new DMatrixRMaj(0, 0);
    private DMatrixRMaj lastMask;

    /** Rate is the drop probability of each weight, in [0, 1); biases are never dropped. */
    public DropConnectDense(int inputs, int outputs, Initializer weightInit, double rate) {
        this(inputs, outputs, weightInit, Init.zeros(), rate);
    }

    public DropConnectDense(int inputs, int outputs, Initializer weightInit, Initializer biasInit, double rate) {
        super("dropconnect_dense", inputs, outputs, weightInit, biasInit);
        Require.fraction(name(), "rate", rate);
        this.rate = rate;
        this.mask = new BernoulliMask(rate);
    }

    /** The drop probability of each weight. */
    public double rate() {
        return rate;
    }

    @Override
    public void freezeMask(boolean frozen) {
        mask.freeze(frozen);
    }

    @Override
    public boolean isInitialized() {
        return parametersSet() && mask.hasStream();
    }

    @Override
    void startStreams(Rng rng) {
        mask.reset(rng.split("mask"));
    }

    @Override
    DMatrixRMaj weightsFor(Mode mode) {
        if (mode == Mode.EVAL) {
            lastMask = null;
            return weights().value();
        }
        requireStream(mask.hasStream());
        DMatrixRMaj w = weights().value();
        lastMask = mask.next(w.numRows, w.numCols);
        maskedWeights.reshape(w.numRows, w.numCols);
        for (int i = 0; i < w.getNumElements(); i++) {
            maskedWeights.data[i] = w.data[i] * lastMask.data[i];
        }
        return maskedWeights;
    }

    @Override
    void adjustWeightGradient(DMatrixRMaj gradWeights) {
        if (lastMask != null) {
            for (int i = 0; i < gradWeights.getNumElements(); i++) {
                gradWeights.data[i] *= lastMask.data[i];
            }
        }
    }

    @Override
    BaseLayer twin() {
        return new DropConnectDense(inputs(), outputs(), weightInit(), biasInit(), rate);
    }

    @Override
    public String toString() {
        return super.toString() + ", rate " + rate;
    }
}
