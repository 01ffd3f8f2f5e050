package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;

/**
 * Binary cross-entropy from logits, per output column: {@code l(z, t) = max(z, 0) - z t + log(1 + exp(-|z|))}
 * (the stable form of {@code -t log s(z) - (1-t) log(1 - s(z))}), summed over columns and averaged
 * over the n examples. {@code dL/dz = (sigmoid(z) - t) / n}. Targets are the batch's 0/1 target
 * matrix, or its 0/1 labels for a single output column.
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
        int n = logits.numRows;
        grad.reshape(logits.numRows, logits.numCols);
        double total = 0;
        for (int i = 0; i < logits.getNumElements(); i++) {
            double z = logits.data[i];
            total += Math.max(z, 0) - z * t.data[i] + Math.log1p(Math.exp(-Math.abs(z)));
            double sigmoid = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            grad.data[i] = (sigmoid - t.data[i]) / n;
        }
        return total / n;
    }

    @Override
    public DMatrixRMaj backward() {
        return grad;
    }
}
