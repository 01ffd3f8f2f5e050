package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Row-wise softmax: each example's outputs are positive and sum to 1.
 * <pre>
 *   y_ij  = exp(x_ij - m_i) / sum_k exp(x_ik - m_i),   m_i = max_k x_ik  (subtracting m_i avoids overflow)
 *   dx_ij = y_ij (dy_ij - sum_k dy_ik y_ik)
 * </pre>
 * For classification prefer feeding logits to a softmax cross-entropy loss, which fuses the two
 * stably; this layer is for when the probabilities themselves are wanted.
 */
public final class Softmax extends BaseLayer {
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;

    public Softmax() {
        super("softmax");
    }

    @Override
    public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        input = x;
        int cols = x.numCols;
        output.reshape(x.numRows, cols);
        for (int row = 0; row < x.numRows; row++) {
            int offset = row * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, x.data[offset + j]);
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(x.data[offset + j] - max);
                output.data[offset + j] = e;
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                output.data[offset + j] /= sum;
            }
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        int cols = output.numCols;
        gradInput.reshape(output.numRows, cols);
        for (int row = 0; row < output.numRows; row++) {
            int offset = row * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += gradOutput.data[offset + j] * output.data[offset + j];
            }
            for (int j = 0; j < cols; j++) {
                gradInput.data[offset + j] = output.data[offset + j] * (gradOutput.data[offset + j] - dot);
            }
        }
        return gradInput;
    }

    @Override
    BaseLayer twin() {
        return new Softmax();
    }
}
