package org.nnlab.plot;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Dataset;
import org.nnlab.loss.Classification;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import tech.tablesaw.plotly.components.Figure;

/**
 * The predicted class over the plane of a 2-D classification problem (a heatmap of a
 * {@value #RESOLUTION} x {@value #RESOLUTION} grid, network in evaluation mode) with the data points
 * on top, one series per class.
 */
public final class DecisionBoundary {
    static final int RESOLUTION = 120;

    private DecisionBoundary() {
    }

    public static Figure of(Sequential network, Dataset data, String title) {
        requirePlane(data);
        double[] bounds = bounds(data.x());
        double[] xs = new double[RESOLUTION];
        double[] ys = new double[RESOLUTION];
        for (int i = 0; i < RESOLUTION; i++) {
            xs[i] = bounds[0] + (bounds[1] - bounds[0]) * i / (RESOLUTION - 1);
            ys[i] = bounds[2] + (bounds[3] - bounds[2]) * i / (RESOLUTION - 1);
        }
        DMatrixRMaj grid = new DMatrixRMaj(RESOLUTION * RESOLUTION, 2);
        for (int r = 0; r < RESOLUTION; r++) {
            for (int c = 0; c < RESOLUTION; c++) {
                grid.set(r * RESOLUTION + c, 0, xs[c]);
                grid.set(r * RESOLUTION + c, 1, ys[r]);
            }
        }
        int[] predicted = Classification.predictions(network.forward(grid, Mode.EVAL));
        double[][] z = new double[RESOLUTION][RESOLUTION];
        for (int r = 0; r < RESOLUTION; r++) {
            for (int c = 0; c < RESOLUTION; c++) {
                z[r][c] = predicted[r * RESOLUTION + c];
            }
        }
        return withPoints(Chart.of(title).xTitle("x1").yTitle("x2").heatmap("predicted class", box(xs), box(ys), z), data);
    }

    /** The data points alone, one series per class: the problem before any network. */
    public static Figure points(Dataset data, String title) {
        requirePlane(data);
        return withPoints(Chart.of(title).xTitle("x1").yTitle("x2"), data);
    }

    private static Figure withPoints(Chart chart, Dataset data) {
        for (int k = 0; k < data.numClasses(); k++) {
            int label = k;
            int[] rows = IntStream.range(0, data.size()).filter(i -> data.labels()[i] == label).toArray();
            chart.markers("class " + k, Arrays.stream(rows).mapToDouble(i -> data.x().get(i, 0)).toArray(),
                    Arrays.stream(rows).mapToDouble(i -> data.x().get(i, 1)).toArray());
        }
        return chart.figure();
    }

    private static void requirePlane(Dataset data) {
        Require.that(data.numFeatures() == 2 && data.isClassification(), "DecisionBoundary", "the data " + data.name(),
                "2 features with class labels", data.numFeatures() + " features" + (data.isClassification() ? "" : " without labels"));
    }

    /** min x, max x, min y, max y of the data, widened by 10%. */
    private static double[] bounds(DMatrixRMaj x) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.numRows; i++) {
            b[0] = Math.min(b[0], x.get(i, 0));
            b[1] = Math.max(b[1], x.get(i, 0));
            b[2] = Math.min(b[2], x.get(i, 1));
            b[3] = Math.max(b[3], x.get(i, 1));
        }
        double padX = 0.1 * (b[1] - b[0]) + 1e-9;
        double padY = 0.1 * (b[3] - b[2]) + 1e-9;
        return new double[] {b[0] - padX, b[1] + padX, b[2] - padY, b[3] + padY};
    }

    private static Object[] box(double[] values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
