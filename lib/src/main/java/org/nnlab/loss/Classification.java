package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * Classification metrics from network outputs (logits or probabilities, one example per row). The
 * predicted class is the argmax of a row (the first one on ties), or for a single output column, 1
 * when the logit is above 0 (probability above 1/2 for logits; pass logits, not probabilities, to
 * a single-column classifier).
 */
public final class Classification {
    private Classification() {
    }

    /** The column of each row's largest entry (the first one on ties), whatever the number of columns. */
    public static int[] argmax(DMatrixRMaj output) {
        int[] best = new int[output.numRows];
        for (int i = 0; i < output.numRows; i++) {
            best[i] = argmaxOfRow(output, i);
        }
        return best;
    }

    /** The predicted class of each row: the argmax, or the logit's sign for a single column. */
    public static int[] predictions(DMatrixRMaj output) {
        int[] predicted = new int[output.numRows];
        for (int i = 0; i < output.numRows; i++) {
            predicted[i] = predict(output, i);
        }
        return predicted;
    }

    /** How many rows are predicted as their label. */
    public static long correct(DMatrixRMaj output, int[] labels) {
        Require.that(labels.length == output.numRows, "accuracy", "the number of labels", output.numRows + " (the output is "
                + Labels.shape(output) + ")", labels.length);
        long correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predict(output, i) == labels[i]) {
                correct++;
            }
        }
        return correct;
    }

    /** The fraction of rows predicted as their label; NaN for no rows. */
    public static double accuracy(DMatrixRMaj output, int[] labels) {
        long correct = correct(output, labels);
        return labels.length == 0 ? Double.NaN : correct / (double) labels.length;
    }

    private static int predict(DMatrixRMaj output, int row) {
        if (output.numCols == 1) {
            return output.data[row] > 0 ? 1 : 0;
        }
        return argmaxOfRow(output, row);
    }

    private static int argmaxOfRow(DMatrixRMaj output, int row) {
        int offset = row * output.numCols;
        int best = 0;
        for (int j = 1; j < output.numCols; j++) {
            if (output.data[offset + j] > output.data[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
