package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;

/**
 * Mean squared error with the lecture's factor 1/2: {@code L = (1/n) sum_i (1/2) sum_j (y_ij - t_ij)^2}
 * over the n examples of a batch, so {@code dL/dy = (y - t) / n}. Targets come from the batch's
 * target matrix, or else from its labels as one-hot rows (for comparing MSE with cross-entropy on
 * classification; a single output column takes the 0/1 label itself). The sum runs over output
 * columns, not their mean, so the value grows with the number of outputs.
 */
public final class MeanSquaredError implements Loss {
    private final DMatrixRMaj oneHot = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj grad = new DMatrixRMaj(1, 1);

    @Override
    public String name() {
        return "mse";
    }

    @Override
    public double forward(DMatrixRMaj output, Batch batch) {
        DMatrixRMaj t = Labels.targets(name(), output, batch, oneHot);
        int n = output.numRows;
        grad.reshape(output.numRows, output.numCols);
        double sum = 0;
        for (int i = 0; i < output.getNumElements(); i++) {
            double d = output.data[i] - t.data[i];
            sum += d * d;
            grad.data[i] = d / n;
        }
        return 0.5 * sum / n;
    }

    @Override
    public DMatrixRMaj backward() {
        return grad;
    }
}
