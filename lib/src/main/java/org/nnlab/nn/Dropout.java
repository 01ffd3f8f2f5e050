package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * Inverted dropout. {@code rate} is the probability of dropping a unit (as in Keras and PyTorch):
 * <pre>
 *   TRAIN:  y = x .* M,   M_ij = 0 with probability rate, else 1 / (1 - rate);   dx = dy .* M
 *   EVAL:   y = x (the identity);                                                dx = dy
 * </pre>
 * so that E[y] = x in TRAIN and nothing needs rescaling at evaluation. A fresh mask is drawn for
 * every TRAIN forward pass from the stream given to {@link #initialize} (the layer is not
 * initialized until then, and TRAIN forward throws); see {@link #freezeMask}.
 */
public final class Dropout extends BaseLayer implements Stochastic {
    private final double rate;
    private final BernoulliMask mask;
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;
    private DMatrixRMaj lastMask;

    /** Rate is the drop probability, in [0, 1). */
    public Dropout(double rate) {
        super("dropout");
        Require.fraction(name(), "rate", rate);
        this.rate = rate;
        this.mask = new BernoulliMask(rate);
    }

    /** The drop probability. */
    public double rate() {
        return rate;
    }

    @Override
    public void freezeMask(boolean frozen) {
        mask.freeze(frozen);
    }

    @Override
    public boolean isInitialized() {
        return mask.hasStream();
    }

    @Override
    void startStreams(Rng rng) {
        mask.reset(rng.split("mask"));
    }

    @Override
    public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        if (mode == Mode.TRAIN) {
            requireStream(mask.hasStream());
        }
        input = x;
        output.reshape(x.numRows, x.numCols);
        if (mode == Mode.EVAL) {
            lastMask = null;
            output.setTo(x);
            return output;
        }
        lastMask = mask.next(x.numRows, x.numCols);
        for (int i = 0; i < x.getNumElements(); i++) {
            output.data[i] = x.data[i] * lastMask.data[i];
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        if (lastMask == null) {
            gradInput.setTo(gradOutput);
            return gradInput;
        }
        for (int i = 0; i < gradOutput.getNumElements(); i++) {
            gradInput.data[i] = gradOutput.data[i] * lastMask.data[i];
        }
        return gradInput;
    }

    @Override
    BaseLayer twin() {
        return new Dropout(rate);
    }

    @Override
    public String toString() {
        return super.toString() + " rate " + rate;
    }
}
