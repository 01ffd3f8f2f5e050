package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Batch;

/**
 * Binary cross-entropy from logits, per output entry: {@code l(z, t) = max(z, 0) - z t + log(1 + exp(-|z|))},
 * the stable form of {@code -t log s(z) - (1-t) log(1 - s(z))} with {@code s} the sigmoid, finite for
 * any finite logit. Summed over the output columns and averaged over the n examples;
 * {@code dL/dz = (s(z) - t) / n}.
 *
 * <p>Targets are the batch's target matrix (0/1, or soft targets in [0, 1]; anything else is
 * rejected), or else its labels: 0/1 for a single output column, one-hot rows (one independent
 * sigmoid per class) for several.
 */
public final class BinaryCrossEntropy implements Loss {
    private final DMatrixRMaj oneHot = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj grad = new DMatrixRMaj(1, 1);

    @Override
    public String name() {
        return "binary_cross_entropy";
    }

    @Override
    public double forward(DMatrixRMaj logits, Batch batch) {
        DMatrixRMaj t = Labels.targets(name(), logits, batch, oneHot);
        requireProbabilities(t);
        int n = logits.numRows;
        grad.reshape(logits.numRows, logits.numCols);
        double total = 0;
        for (int i = 0; i < logits.getNumElements(); i++) {
            double z = logits.data[i];
            total += Math.max(z, 0) - z * t.data[i] + Math.log1p(Math.exp(-Math.abs(z)));
            grad.data[i] = (sigmoid(z) - t.data[i]) / n;
        }
        return total / n;
    }

    @Override
    public DMatrixRMaj backward() {
        return grad;
    }

    /** {@code 1 / (1 + exp(-z))}, evaluated so that exp never overflows. */
    private static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    private void requireProbabilities(DMatrixRMaj t) {
        for (int i = 0; i < t.getNumElements(); i++) {
            Require.probability(name(), "the target at index " + i + " (row " + i / t.numCols + ", column " + i % t.numCols + ")",
                    t.data[i]);
        }
    }
}
