package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;

/** Shared checks and conversions for losses: shapes, label ranges, one-hot targets. */
final class Labels {
    private Labels() {
    }

    /** The batch's labels, checked against the output's rows and to lie in [0, classes). */
    static int[] checked(String loss, DMatrixRMaj output, Batch batch, int classes) {
        int[] labels = batch.labels();
        if (labels == null) {
            throw new IllegalArgumentException(loss + ": the batch has no labels");
        }
        if (labels.length != output.numRows) {
            throw new IllegalArgumentException(loss + ": output is " + shape(output) + " but there are " + labels.length + " labels");
        }
        requireExamples(loss, output);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(loss + ": label at index " + i + " is " + labels[i]
                        + ", outside [0, " + classes + ") for an output with " + output.numCols + " column(s)");
            }
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
            if (t.numRows != output.numRows || t.numCols != output.numCols) {
                throw new IllegalArgumentException(loss + ": output is " + shape(output) + " but targets are " + shape(t));
            }
            requireExamples(loss, output);
            return t;
        }
        if (batch.labels() == null) {
            throw new IllegalArgumentException(loss + ": the batch has neither targets nor labels");
        }
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
        if (output.numRows == 0 || output.numCols == 0) {
            throw new IllegalArgumentException(loss + ": output is " + shape(output) + ", a mean over no values is undefined");
        }
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }
}
