package org.nnlab.plot;

import java.util.List;
import org.nnlab.data.Dataset;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.HeatmapTrace;

/**
 * Square greyscale images (e.g. 28x28 Fashion-MNIST rows) as one heatmap: one row of the grid per
 * class, labelled with the class name, the first {@code perClass} examples of each class side by
 * side, separated by a 1-pixel border, upright (y reversed).
 */
public final class ImageGrid {
    private ImageGrid() {
    }

    public static Figure byClass(Dataset data, int perClass, List<String> classNames) {
        int side = (int) Math.round(Math.sqrt(data.numFeatures()));
        if (side * side != data.numFeatures()) {
            throw new IllegalArgumentException(data.name() + ": " + data.numFeatures() + " features are not a square image");
        }
        int classes = data.numClasses();
        int cell = side + 1;
        double[][] z = new double[classes * cell][perClass * cell];
        for (double[] row : z) {
            java.util.Arrays.fill(row, 1.0);
        }
        int[] shown = new int[classes];
        for (int i = 0; i < data.size(); i++) {
            int label = data.labels()[i];
            if (shown[label] == perClass) {
                continue;
            }
            int top = label * cell;
            int left = shown[label]++ * cell;
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    z[top + r][left + c] = data.x().get(i, r * side + c);
                }
            }
        }
        double[] tickRows = new double[classes];
        String[] tickNames = new String[classes];
        for (int c = 0; c < classes; c++) {
            tickRows[c] = c * cell + side / 2.0;
            tickNames[c] = classNames == null ? Integer.toString(c) : classNames.get(c);
        }
        Object[] xs = new Object[perClass * cell];
        Object[] ys = new Object[classes * cell];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
        }
        for (int i = 0; i < ys.length; i++) {
            ys[i] = i;
        }
        Layout layout = Layout.builder(data.name() + ": " + perClass + " examples per class")
                .xAxis(Axis.builder().title("examples").showGrid(false).build())
                .yAxis(Axis.builder().title("class").autoRange(Axis.AutoRange.REVERSED).showGrid(false)
                        .tickSettings(TickSettings.builder().arrayTicks(tickRows, tickNames).build()).build())
                .height(Math.max(300, 36 * classes + 120)).width(Math.max(400, 38 * perClass + 220)).build();
        return new Figure(layout, HeatmapTrace.builder(xs, ys, z).build());
    }
}
