package org.nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Dataset;
import org.nnlab.data.Images;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Square greyscale images (rows of a feature matrix, pixel {@code (r, c)} at column
 * {@code r * side + c}, e.g. 28x28 Fashion-MNIST) as a grid: one heatmap, black for the smallest
 * value shown and white for the largest, each image upright (y axis reversed: its range runs from
 * the bottom row down to 0) under its title.
 */
public final class ImageGrid {
    private static final int MAX_COLUMNS = 10;
    /** Blank image pixels between neighbouring images, and above each image for its title. */
    private static final int GAP = 2;
    private static final int TITLE_BAND = 7;
    private static final int SCREEN_PIXELS_PER_PIXEL = 3;

    private ImageGrid() {
    }

    /** The first {@code count} examples, up to ten per row, each titled with its class name. */
    public static Figure of(Dataset data, int count, List<String> classNames) {
        int n = Math.min(count, data.size());
        int[] examples = new int[n];
        for (int i = 0; i < n; i++) {
            examples[i] = i;
        }
        return grid(data.name() + ": first " + n + " images", data, examples, Math.min(n, MAX_COLUMNS), classNames);
    }

    /** The first {@code perClass} examples of every class, one class per row, each titled with its class name. */
    public static Figure byClass(Dataset data, int perClass, List<String> classNames) {
        int[] examples = new int[data.numClasses() * perClass];
        int[] shown = new int[data.numClasses()];
        Arrays.fill(examples, -1);
        int[] labels = labels(data);
        for (int i = 0; i < data.size(); i++) {
            int label = labels[i];
            if (shown[label] < perClass) {
                examples[label * perClass + shown[label]++] = i;
            }
        }
        return grid(data.name() + ": " + perClass + " images per class", data, examples, perClass, classNames);
    }

    /** Any images (one per row of {@code images}) with a title each, e.g. "Shirt (predicted Coat)". */
    public static Figure of(DMatrixRMaj images, List<String> titles, String title) {
        if (titles.size() != images.numRows) {
            throw new IllegalArgumentException(images.numRows + " images but " + titles.size() + " titles");
        }
        int[] all = new int[images.numRows];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return mosaic(title, images, all, Math.min(all.length, MAX_COLUMNS), titles);
    }

    private static Figure grid(String title, Dataset data, int[] examples, int columns, List<String> classNames) {
        int[] labels = labels(data);
        List<String> titles = new ArrayList<>();
        for (int example : examples) {
            titles.add(example < 0 ? "" : classNames == null ? Integer.toString(labels[example]) : classNames.get(labels[example]));
        }
        return mosaic(title, data.x(), examples, columns, titles);
    }

    private static int[] labels(Dataset data) {
        if (!data.isClassification()) {
            throw new IllegalArgumentException(data.name() + " has no class labels to title the images with");
        }
        return data.labels();
    }

    /** Rows {@code examples} of {@code x} (-1 leaves a cell empty) in a grid of {@code columns}, titled. */
    private static Figure mosaic(String title, DMatrixRMaj x, int[] examples, int columns, List<String> titles) {
        if (examples.length == 0) {
            throw new IllegalArgumentException("no images to show");
        }
        int side = Images.side(x.numCols);
        int rows = (examples.length + columns - 1) / columns;
        int cellWidth = side + GAP;
        int cellHeight = side + TITLE_BAND;
        double[][] z = new double[rows * cellHeight][columns * cellWidth - GAP];
        for (double[] line : z) {
            Arrays.fill(line, Double.NaN);
        }
        List<String> shownTitles = new ArrayList<>();
        List<double[]> titleAt = new ArrayList<>();
        for (int k = 0; k < examples.length; k++) {
            if (examples[k] < 0) {
                continue;
            }
            int top = (k / columns) * cellHeight + TITLE_BAND;
            int left = (k % columns) * cellWidth;
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    z[top + r][left + c] = x.get(examples[k], r * side + c);
                }
            }
            shownTitles.add(titles.get(k));
            titleAt.add(new double[] {left + (side - 1) / 2.0, top - (TITLE_BAND + 1) / 2.0});
        }
        Trace labels = ScatterTrace.builder(titleAt.stream().mapToDouble(p -> p[0]).toArray(),
                        titleAt.stream().mapToDouble(p -> p[1]).toArray())
                .mode(ScatterTrace.Mode.TEXT).text(shownTitles.toArray(String[]::new)).name("titles").build();
        return Chart.of(title).xTitle("pixel column").yTitle("pixel row").plainAxes().legend(false)
                .xRange(-0.5, z[0].length - 0.5).yRange(-0.5, z.length - 0.5).reverseY()
                .width(z[0].length * SCREEN_PIXELS_PER_PIXEL + 160).height(z.length * SCREEN_PIXELS_PER_PIXEL + 180)
                .trace(new GreyscaleHeatmap(z)).trace(labels).figure();
    }

    /**
     * A Plotly heatmap with a black-to-white colour scale and no colour bar (Tablesaw's heatmap has
     * no colour-scale option); NaN cells are left empty.
     */
    private record GreyscaleHeatmap(double[][] z) implements Trace {
        @Override
        public String asJavascript(int index) {
            StringBuilder js = new StringBuilder("var trace").append(index).append(" = {\nz: [");
            for (int r = 0; r < z.length; r++) {
                js.append(r == 0 ? "[" : ",\n[");
                for (int c = 0; c < z[r].length; c++) {
                    js.append(c == 0 ? "" : ",").append(Double.isNaN(z[r][c]) ? "null" : Double.toString(z[r][c]));
                }
                js.append(']');
            }
            return js.append("],\ntype: 'heatmap',\nname: '").append(name())
                    .append("',\ncolorscale: [[0, 'rgb(0,0,0)'], [1, 'rgb(255,255,255)']],\nshowscale: false,\nhoverongaps: false,\n};\n")
                    .toString();
        }

        @Override
        public String name() {
            return "pixels";
        }

        @Override
        public HoverLabel hoverLabel() {
            return null;
        }

        @Override
        public boolean showLegend() {
            return false;
        }
    }
}
