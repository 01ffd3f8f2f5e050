package org.nnlab.plot;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.plotly.components.Figure;

/** Heatmaps of matrices: a weight matrix, and a confusion matrix of predictions against labels. */
public final class MatrixPlots {
    private MatrixPlots() {
    }

    /** A weight matrix as a heatmap, rows = inputs (fan-in), columns = units (fan-out). */
    public static Figure weights(DMatrixRMaj weights, String title) {
        double[][] z = new double[weights.numRows][weights.numCols];
        for (int r = 0; r < weights.numRows; r++) {
            for (int c = 0; c < weights.numCols; c++) {
                z[r][c] = weights.get(r, c);
            }
        }
        return heatmap(title, "unit (column)", "input (row)", indices(weights.numCols), indices(weights.numRows), z);
    }

    /**
     * Counts of (true label, predicted label) pairs; row = true class, column = predicted class.
     *
     * @param classNames names for the axes, or {@code null} for class numbers
     */
    public static Figure confusion(int[] labels, int[] predicted, int numClasses, List<String> classNames) {
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException("labels has " + labels.length + " entries but predicted has " + predicted.length);
        }
        double[][] counts = new double[numClasses][numClasses];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]][predicted[i]]++;
        }
        Object[] names = classNames == null ? indices(numClasses) : classNames.toArray();
        return heatmap("Confusion matrix (" + labels.length + " examples)", "predicted class", "true class", names, names, counts);
    }

    private static Figure heatmap(String title, String xTitle, String yTitle, Object[] x, Object[] y, double[][] z) {
        return Chart.of(title).xTitle(xTitle).yTitle(yTitle).reverseY().height(Math.min(700, 200 + 12 * y.length))
                .heatmap(title, x, y, z).figure();
    }

    private static Object[] indices(int n) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }
}
