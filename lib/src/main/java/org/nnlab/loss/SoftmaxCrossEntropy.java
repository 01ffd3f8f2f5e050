package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Batch;

/**
 * Softmax cross-entropy from logits: {@code L = -(1/n) sum_i sum_k t_ik log softmax(z_i)_k}, which is
 * {@code (1/n) sum_i (logsumexp(z_i) - t_i . z_i)} because each target row sums to 1, computed with the
 * row maximum subtracted so large logits neither overflow nor lose precision (no epsilon is needed).
 * {@code dL/dz = (softmax(z) - t) / n}. The targets {@code t} are the batch's labels as one-hot rows
 * (then {@code t_i . z_i = z_i,y_i}) or, for a batch without labels, its target matrix of soft targets
 * (label smoothing, a teacher's probabilities): every row a probability distribution (entries in
 * [0, 1], summing to 1 within 1e-9). At least two output columns. The network's last layer must
 * output raw scores (no Softmax layer in front of this loss).
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
        DMatrixRMaj soft = batch.labels() == null ? distributions(logits, batch) : null;
        int[] labels = soft == null ? Labels.checked(name(), logits, batch, classes) : null;
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
            for (int j = 0; j < classes; j++) {
                grad.data[row + j] /= sum * n;
            }
            if (soft == null) {
                total += Math.log(sum) + max - logits.data[row + labels[i]];
                grad.data[row + labels[i]] -= 1.0 / n;
            } else {
                double targetDotLogits = 0;
                for (int j = 0; j < classes; j++) {
                    targetDotLogits += soft.data[row + j] * logits.data[row + j];
                    grad.data[row + j] -= soft.data[row + j] / n;
                }
                total += Math.log(sum) + max - targetDotLogits;
            }
        }
        return total / n;
    }

    /** The batch's target matrix, checked to hold one probability distribution per row. */
    private DMatrixRMaj distributions(DMatrixRMaj logits, Batch batch) {
        DMatrixRMaj t = Labels.targets(name(), logits, batch, null);
        for (int i = 0; i < t.numRows; i++) {
            double rowSum = 0;
            for (int j = 0; j < t.numCols; j++) {
                double p = t.get(i, j);
                Require.that(p >= 0 && p <= 1, name(), "the target at row " + i + ", column " + j, "a probability in [0, 1]", p,
                        "pass labels, or soft targets that form a probability distribution per row");
                rowSum += p;
            }
            Require.that(Math.abs(rowSum - 1) <= 1e-9, name(), "the sum of target row " + i, "1 (a probability distribution)", rowSum,
                    "normalize each row, or pass labels");
        }
        return t;
    }

    @Override
    public DMatrixRMaj backward() {
        return grad;
    }
}
