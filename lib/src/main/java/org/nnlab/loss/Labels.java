package org.nnlab.loss;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;

/** Shared checks and conversions for losses: shapes, label ranges, one-hot targets. */
final class Labels {
    private Labels() {
    }

    static void requireRows(String loss, DMatrixRMaj output, int rows) {
        if (output.numRows != rows) {
            throw new IllegalArgumentException(loss + ": output has " + output.numRows + " rows but the batch has " + rows + " examples");
        }
    }

    /** The batch's labels, checked to lie in [0, classes); the first bad index is named. */
    static int[] checked(String loss, Batch batch, int classes) {
        int[] labels = batch.labels();
        if (labels == null) {
            throw new IllegalArgumentException(loss + ": needs class labels, the batch has none");
        }
        requireRows(loss, batch.x(), labels.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(loss + ": label at index " + i + " is " + labels[i]
                        + ", outside [0, " + classes + ") for an output with " + classes + " columns");
            }
        }
        return labels;
    }

    /**
     * The target matrix for {@code output}: the batch's targets, or its labels as one-hot rows (a
     * single-column output takes the 0/1 label itself).
     */
    static DMatrixRMaj targets(String loss, DMatrixRMaj output, Batch batch, DMatrixRMaj buffer) {
        if (batch.targets() != null) {
            DMatrixRMaj t = batch.targets();
            if (t.numRows != output.numRows || t.numCols != output.numCols) {
                throw new IllegalArgumentException(loss + ": output is " + output.numRows + "x" + output.numCols
                        + " but targets are " + t.numRows + "x" + t.numCols);
            }
            return t;
        }
        int classes = output.numCols == 1 ? 2 : output.numCols;
        int[] labels = checked(loss, batch, classes);
        requireRows(loss, output, labels.length);
        buffer.reshape(output.numRows, output.numCols);
        buffer.zero();
        for (int i = 0; i < labels.length; i++) {
            if (output.numCols == 1) {
                buffer.data[i] = labels[i];
            } else {
                buffer.data[i * output.numCols + labels[i]] = 1;
            }
        }
        return buffer;
    }
}
