package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Batch;

/**
 * Softmax cross-entropy from logits: {@code L = (1/n) sum_i (logsumexp(z_i) - z_i,y_i)}, computed
 * with the row maximum subtracted so large logits neither overflow nor lose precision (no epsilon is
 * needed). {@code dL/dz = (softmax(z) - onehot(y)) / n}. Needs the batch's labels (at least two
 * output columns). The network's last layer must output raw scores (no Softmax layer in front of
 * this loss).
 */
public final class SoftmaxCrossEntropy implements Loss {
    private final DMatrixRMaj grad = new DMatrixRMaj(1, 1);

    @Override
    public String name() {
        return "softmax_cross_entropy";
    }

    @Override
    public double forward(DMatrixRMaj logits, Batch batch) {
        int classes = logits.numCols;
        Require.that(classes >= 2, name(), "the number of output columns", ">= 2", classes,
                "use binary cross-entropy for a single output");
        int[] labels = Labels.checked(name(), logits, batch, classes);
        int n = logits.numRows;
        grad.reshape(n, classes);
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < classes; j++) {
                max = Math.max(max, logits.data[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                double e = Math.exp(logits.data[row + j] - max);
                grad.data[row + j] = e;
                sum += e;
            }
            total += Math.log(sum) + max - logits.data[row + labels[i]];
            for (int j = 0; j < classes; j++) {
                grad.data[row + j] /= sum * n;
            }
            grad.data[row + labels[i]] -= 1.0 / n;
        }
        return total / n;
    }

    @Override
    public DMatrixRMaj backward() {
        return grad;
    }
}
