package org.nnlab.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Per-layer views of probe tables (from {@code org.nnlab.probe}): one metric against training step,
 * one line per layer; several series of per-layer values as lines across layers; histograms per layer as
 * small multiples.
 */
public final class LayerPlots {
    private LayerPlots() {
    }

    /**
     * A metric against step, one line per layer, from a tidy probe table with columns
     * {@code step, layer, value} (e.g. {@code probe.table(Metric.DEAD_FRACTION)}).
     */
    public static Figure overSteps(Table readings, String title, String yTitle, boolean logY) {
        Chart chart = Chart.of(title).xTitle("step").yTitle(yTitle).logY(logY).legend(true);
        for (String layer : distinct(readings, "layer")) {
            Table rows = readings.where(readings.stringColumn("layer").isEqualTo(layer));
            chart.line(layer, rows.numberColumn("step").asDoubleArray(), rows.numberColumn("value").asDoubleArray());
        }
        return chart.figure();
    }

    /** Several series of per-layer values (e.g. one per initialization), as lines across layers. */
    public static Figure acrossLayers(List<String> layers, List<String> seriesNames, List<double[]> series,
            String title, String yTitle, boolean logY) {
        double[] x = Chart.sequence(1, layers.size());
        Chart chart = Chart.of(title).xTitle("layer (1 = first: " + layers.get(0) + ")").yTitle(yTitle).logY(logY).legend(true);
        for (int s = 0; s < series.size(); s++) {
            chart.lineWithMarkers(seriesNames.get(s), x, series.get(s));
        }
        return chart.figure();
    }

    /**
     * Histograms as small multiples, one panel per layer, from a table with columns
     * {@code layer, bin_center, fraction} (e.g. {@code analysis.histograms()}), in table order.
     */
    public static Figure histograms(Table histograms, String title, String xTitle) {
        Set<String> layers = distinct(histograms, "layer");
        List<Trace> traces = new ArrayList<>();
        int panel = 1;
        for (String layer : layers) {
            Table rows = histograms.where(histograms.stringColumn("layer").isEqualTo(layer));
            String suffix = panel == 1 ? "" : Integer.toString(panel);
            traces.add(BarTrace.builder(rows.numberColumn("bin_center").asObjectArray(), rows.numberColumn("fraction").asDoubleArray())
                    .name(layer).xAxis("x" + suffix).yAxis("y" + suffix).build());
            panel++;
        }
        int columns = Math.min(5, layers.size());
        int gridRows = (layers.size() + columns - 1) / columns;
        Layout layout = Layout.builder(title)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title("fraction").build())
                .grid(Grid.builder().rows(gridRows).columns(columns).pattern(Grid.Pattern.INDEPENDENT)
                        .xSide(Grid.XSide.BOTTOM_PLOT).ySide(Grid.YSide.LEFT_PLOT).xGap(0.15).yGap(0.3).build())
                .showLegend(true).height(260 * gridRows + 80).build();
        return new Figure(layout, traces.toArray(Trace[]::new));
    }

    private static Set<String> distinct(Table table, String column) {
        return new LinkedHashSet<>(table.stringColumn(column).asList());
    }
}
