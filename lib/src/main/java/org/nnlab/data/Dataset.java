package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

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
        this.name = Require.notNull("Dataset", "name", name);
        this.x = Require.notNull(name, "x", x);
        this.labels = labels;
        this.targets = targets;
        this.numClasses = numClasses;
    }

    /** A classification dataset; every label must lie in [0, numClasses). */
    public static Dataset classification(String name, DMatrixRMaj x, int[] labels, int numClasses) {
        Require.notNull(name, "x", x);
        Require.notNull(name, "labels", labels);
        Require.that(labels.length == x.numRows, name, "the number of labels", x.numRows + " (one per row of x)", labels.length);
        Require.atLeast(name, "numClasses", numClasses, 2);
        for (int i = 0; i < labels.length; i++) {
            Require.index(name, "the label at index " + i, labels[i], numClasses);
        }
        return new Dataset(name, x, labels, null, numClasses);
    }

    /** A regression dataset with one target row per example. */
    public static Dataset regression(String name, DMatrixRMaj x, DMatrixRMaj targets) {
        Require.notNull(name, "x", x);
        Require.notNull(name, "targets", targets);
        Require.that(targets.numRows == x.numRows, name, "the number of target rows", x.numRows + " (one per row of x)", targets.numRows);
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
        for (int i = 0; i < indices.length; i++) {
            Require.index(name + ".subset", "indices[" + i + "]", indices[i], size());
        }
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
        Require.that(inputs.numRows == x.numRows, name + ".withInputs", "the number of rows", x.numRows + " (one per example)", inputs.numRows);
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
