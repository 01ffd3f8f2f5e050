package org.nnlab.data;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * An in-memory dataset: a feature matrix (one example per row) and either integer class labels in
 * {@code [0, numClasses)} or a target matrix with one row per example. Immutable by convention:
 * operations return new datasets.
 */
public final class Dataset {
    private final String name;
    private final DMatrixRMaj x;
    private final int[] labels;
    private final DMatrixRMaj targets;
    private final int numClasses;

    private Dataset(String name, DMatrixRMaj x, int[] labels, DMatrixRMaj targets, int numClasses) {
        this.name = Objects.requireNonNull(name, "name");
        this.x = Objects.requireNonNull(x, "x");
        this.labels = labels;
        this.targets = targets;
        this.numClasses = numClasses;
    }

    /** A classification dataset; every label must lie in [0, numClasses). */
    public static Dataset classification(String name, DMatrixRMaj x, int[] labels, int numClasses) {
        if (labels.length != x.numRows) {
            throw new IllegalArgumentException(name + ": " + x.numRows + " rows but " + labels.length + " labels");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException(name + ": numClasses must be at least 2, got " + numClasses);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException(name + ": label at index " + i + " is " + labels[i]
                        + ", outside [0, " + numClasses + ")");
            }
        }
        return new Dataset(name, x, labels, null, numClasses);
    }

    /** A regression dataset with one target row per example. */
    public static Dataset regression(String name, DMatrixRMaj x, DMatrixRMaj targets) {
        if (targets.numRows != x.numRows) {
            throw new IllegalArgumentException(name + ": " + x.numRows + " rows but " + targets.numRows + " target rows");
        }
        return new Dataset(name, x, null, targets, 0);
    }

    public String name() {
        return name;
    }

    public DMatrixRMaj x() {
        return x;
    }

    /** Class labels, or {@code null} for a regression dataset. */
    public int[] labels() {
        return labels;
    }

    /** Target matrix, or {@code null} for a classification dataset. */
    public DMatrixRMaj targets() {
        return targets;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** Number of classes (0 for regression). */
    public int numClasses() {
        return numClasses;
    }

    public int size() {
        return x.numRows;
    }

    public int numFeatures() {
        return x.numCols;
    }

    /** The examples at {@code indices}, in that order, as a new dataset. */
    public Dataset subset(int[] indices) {
        return subset(name, indices);
    }

    /** Like {@link #subset(int[])} with a new name. */
    public Dataset subset(String newName, int[] indices) {
        DMatrixRMaj xs = new DMatrixRMaj(indices.length, x.numCols);
        copyRows(x, indices, xs);
        if (isClassification()) {
            int[] ls = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                ls[i] = labels[indices[i]];
            }
            return new Dataset(newName, xs, ls, null, numClasses);
        }
        DMatrixRMaj ts = new DMatrixRMaj(indices.length, targets.numCols);
        copyRows(targets, indices, ts);
        return new Dataset(newName, xs, null, ts, 0);
    }

    /** The same examples and labels/targets with other inputs (same number of rows). */
    public Dataset withInputs(DMatrixRMaj inputs) {
        if (inputs.numRows != x.numRows) {
            throw new IllegalArgumentException(name + ": " + x.numRows + " examples but the new inputs have " + inputs.numRows + " rows");
        }
        return new Dataset(name, inputs, labels, targets, numClasses);
    }

    /** The labels as one-hot rows (a new n x numClasses matrix). */
    public DMatrixRMaj oneHot() {
        if (!isClassification()) {
            throw new IllegalStateException(name + " has no class labels");
        }
        DMatrixRMaj hot = new DMatrixRMaj(labels.length, numClasses);
        for (int i = 0; i < labels.length; i++) {
            hot.data[i * numClasses + labels[i]] = 1;
        }
        return hot;
    }

    /** The number of examples of each class, indexed by label. */
    public int[] classCounts() {
        if (!isClassification()) {
            throw new IllegalStateException(name + " is a regression dataset: it has no classes");
        }
        int[] counts = new int[numClasses];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** Copies rows {@code indices} of {@code from} into the first rows of {@code to}. */
    static void copyRows(DMatrixRMaj from, int[] indices, DMatrixRMaj to) {
        int cols = from.numCols;
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(from.data, indices[i] * cols, to.data, i * cols, cols);
        }
    }

    @Override
    public String toString() {
        return name + ": " + size() + " examples, " + numFeatures() + " features"
                + (isClassification() ? ", " + numClasses + " classes" : ", " + targets.numCols + " targets");
    }
}
