package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Batch;

/** Shared checks and conversions for losses: shapes, label ranges, one-hot targets. */
final class Labels {
    private Labels() {
    }

    /** The batch's labels, checked against the output's rows and to lie in [0, classes). */
    static int[] checked(String loss, DMatrixRMaj output, Batch batch, int classes) {
        int[] labels = batch.labels();
        Require.that(labels != null, loss, "the batch", "a batch with labels", "one without", "use a classification dataset");
        Require.that(labels.length == output.numRows, loss, "the number of labels", output.numRows + " (the output is "
                + shape(output) + ")", labels.length);
        requireExamples(loss, output);
        for (int i = 0; i < labels.length; i++) {
            Require.that(labels[i] >= 0 && labels[i] < classes, loss, "the label at index " + i, "in [0, " + (classes - 1)
                    + "] for an output with " + output.numCols + " column(s)", labels[i]);
        }
        return labels;
    }

    /**
     * The target matrix for {@code output}: the batch's targets, or else its labels as one-hot rows
     * (a single-column output takes the 0/1 label itself).
     */
    static DMatrixRMaj targets(String loss, DMatrixRMaj output, Batch batch, DMatrixRMaj buffer) {
        DMatrixRMaj t = batch.targets();
        if (t != null) {
            Require.that(t.numRows == output.numRows && t.numCols == output.numCols, loss, "the targets",
                    shape(output) + " (the output's shape)", shape(t));
            requireExamples(loss, output);
            return t;
        }
        Require.that(batch.labels() != null, loss, "the batch", "a batch with targets or labels", "one with neither");
        boolean single = output.numCols == 1;
        int[] labels = checked(loss, output, batch, single ? 2 : output.numCols);
        buffer.reshape(output.numRows, output.numCols);
        buffer.zero();
        for (int i = 0; i < labels.length; i++) {
            if (single) {
                buffer.data[i] = labels[i];
            } else {
                buffer.data[i * output.numCols + labels[i]] = 1;
            }
        }
        return buffer;
    }

    private static void requireExamples(String loss, DMatrixRMaj output) {
        Require.that(output.numRows > 0 && output.numCols > 0, loss, "the output", "non-empty (a mean over no values is undefined)",
                shape(output));
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }
}
