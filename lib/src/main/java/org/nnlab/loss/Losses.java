package org.nnlab.loss;

/** Factories for the losses, for readable notebook cells. Each call returns a new loss (they keep buffers). */
public final class Losses {
    private Losses() {
    }

    /** Softmax cross-entropy from logits, for multi-class classification. */
    public static Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropy();
    }

    /** Binary cross-entropy from logits, for 0/1 targets (one or several independent outputs). */
    public static Loss binaryCrossEntropy() {
        return new BinaryCrossEntropy();
    }

    /** Mean squared error with the factor 1/2, for regression (or one-hot classification targets). */
    public static Loss mse() {
        return new MeanSquaredError();
    }
}
