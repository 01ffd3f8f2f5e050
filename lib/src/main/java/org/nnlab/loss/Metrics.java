package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;

/**
 * Classification metrics from network outputs: the predicted class is the argmax of a row, or for a
 * single output column, 1 when the logit is above 0 (probability above 1/2).
 */
public final class Metrics {
    private Metrics() {
    }

    /** The predicted class of each row. */
    public static int[] predictions(DMatrixRMaj output) {
        int[] predicted = new int[output.numRows];
        for (int i = 0; i < output.numRows; i++) {
            predicted[i] = predict(output, i);
        }
        return predicted;
    }

    /** How many rows are predicted as their label. */
    public static long correct(DMatrixRMaj output, int[] labels) {
        if (labels.length != output.numRows) {
            throw new IllegalArgumentException("output has " + output.numRows + " rows but there are " + labels.length + " labels");
        }
        long correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predict(output, i) == labels[i]) {
                correct++;
            }
        }
        return correct;
    }

    /** The fraction of rows predicted as their label. */
    public static double accuracy(DMatrixRMaj output, int[] labels) {
        return labels.length == 0 ? Double.NaN : correct(output, labels) / (double) labels.length;
    }

    private static int predict(DMatrixRMaj output, int row) {
        int cols = output.numCols;
        int offset = row * cols;
        if (cols == 1) {
            return output.data[offset] > 0 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < cols; j++) {
            if (output.data[offset + j] > output.data[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
