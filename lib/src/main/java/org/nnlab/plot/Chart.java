package org.nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.components.TickSettings;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;
import org.nnlab.check.Require;

/**
 * A figure in a few fluent calls, built on Tablesaw's {@link Layout}, {@link Axis} and traces:
 * <pre>{@code
 * Chart.of("Spread of one layer's output").xTitle("fan-in n").yTitle("std of the output").logX().logY()
 *      .dashed("theory: sqrt(n)", fanIn, root)
 *      .markers("measured", fanIn, measured)
 * }</pre>
 * Conventions: every chart has a title and both axis titles ({@link #figure()} refuses without
 * them); the height is {@value #HEIGHT} px unless set; the legend shows when more than one series
 * is named in it. Series take Plotly's default colours in the order they are added, and a
 * {@link #band} shares its colour with the series added right after it (add the band first, so that
 * its line draws on top). A notebook cell can end with a Chart: the kernel renders it as its figure.
 */
public final class Chart {
    /** Height of every chart unless {@link #height(int)} says otherwise, in pixels. */
    public static final int HEIGHT = 420;

    /** Plotly's default colour sequence (D3 category 10). */
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private static final double OVERLAY_OPACITY = 0.6;

    private final String title;
    private final List<Trace> traces = new ArrayList<>();
    private String xTitle;
    private String yTitle;
    private boolean logX;
    private boolean logY;
    private boolean reversedY;
    private boolean plainAxes;
    private double[] xRange;
    private double[] yRange;
    private int height = HEIGHT;
    private int width;
    private Layout.BarMode barMode;
    private int colours;
    private int legendEntries;
    private Boolean legend;
    private int histograms;

    private Chart(String title) {
        this.title = title;
    }

    /** A new, empty chart with this title. */
    public static Chart of(String title) {
        Require.that(title != null && !title.isBlank(), "Chart.of", "the title", "a text saying what the chart shows",
                title == null ? null : "'" + title + "'");
        return new Chart(title);
    }

    public Chart xTitle(String text) {
        xTitle = text;
        return this;
    }

    public Chart yTitle(String text) {
        yTitle = text;
        return this;
    }

    /** A logarithmic x axis (ranges are still given in data units). */
    public Chart logX() {
        logX = true;
        return this;
    }

    /** A logarithmic y axis (ranges are still given in data units). */
    public Chart logY() {
        logY = true;
        return this;
    }

    /** A logarithmic y axis if {@code log}, else a linear one. */
    public Chart logY(boolean log) {
        logY = log;
        return this;
    }

    /** The y axis growing downwards, like the rows of a matrix or an image. */
    public Chart reverseY() {
        reversedY = true;
        return this;
    }

    /** Axes without ticks, grid or zero line (for images). */
    public Chart plainAxes() {
        plainAxes = true;
        return this;
    }

    /** Height in pixels (default {@value #HEIGHT}). */
    public Chart height(int pixels) {
        height = positive(pixels, "height");
        return this;
    }

    /** Width in pixels (default: Tablesaw's 800, shrunk to fit the notebook). */
    public Chart width(int pixels) {
        width = positive(pixels, "width");
        return this;
    }

    /** Shows x from {@code low} to {@code high} (data units, also on a log axis). */
    public Chart xRange(double low, double high) {
        xRange = range(low, high, "x");
        return this;
    }

    /** Shows y from {@code low} to {@code high} (data units, also on a log axis). */
    public Chart yRange(double low, double high) {
        yRange = range(low, high, "y");
        return this;
    }

    /** Shows or hides the legend, whatever the number of named series. */
    public Chart legend(boolean show) {
        legend = show;
        return this;
    }

    /** Draws bars and histograms over one another, half transparent, instead of side by side. */
    public Chart overlay() {
        barMode = Layout.BarMode.OVERLAY;
        return this;
    }

    /** A named line through the points (x[i], y[i]). */
    public Chart line(String name, double[] x, double[] y) {
        return scatter(name, x, y, ScatterTrace.Mode.LINE, null);
    }

    /** The graph of a function on the points {@code x}, e.g. {@code curve("tanh", grid, Math::tanh)}. */
    public Chart curve(String name, double[] x, DoubleUnaryOperator f) {
        return line(name, x, Arrays.stream(x).map(f).toArray());
    }

    /** A thin, faint line, e.g. one run behind the mean of several. */
    public Chart faintLine(String name, double[] x, double[] y) {
        sameLength(x, y, name);
        String colour = nextColour();
        return add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE).opacity(0.35)
                .line(Line.builder().color(colour).width(1).build()).name(name).build());
    }

    /** A named line through (i, y[i - 1]) for i = 1..n, e.g. a value per epoch. */
    public Chart line(String name, double[] y) {
        return line(name, sequence(1, y.length), y);
    }

    /** A named line with a marker at every point, for few points (a sweep, a value per layer). */
    public Chart lineWithMarkers(String name, double[] x, double[] y) {
        return scatter(name, x, y, ScatterTrace.Mode.LINE_AND_MARKERS, null);
    }

    /** A dashed reference line, e.g. what theory predicts. */
    public Chart dashed(String name, double[] x, double[] y) {
        return scatter(name, x, y, ScatterTrace.Mode.LINE, Line.Dash.DASH);
    }

    /** Named points without a line. */
    public Chart markers(String name, double[] x, double[] y) {
        return scatter(name, x, y, ScatterTrace.Mode.MARKERS, null);
    }

    /** Named points with a text shown when the pointer is over each. */
    public Chart markers(String name, double[] x, double[] y, List<String> hoverTexts) {
        sameLength(x, y, name);
        Require.that(hoverTexts.size() == x.length, "Chart.markers", "the hover texts of \"" + name + "\"",
                "one per point (" + x.length + ")", hoverTexts.size());
        String colour = nextColour();
        return add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.MARKERS).text(hoverTexts.toArray(String[]::new))
                .marker(Marker.builder().color(colour).build()).name(name).build());
    }

    /** One point drawn as a large star, e.g. the best epoch. */
    public Chart highlight(String name, double x, double y) {
        String colour = nextColour();
        return add(ScatterTrace.builder(new double[] {x}, new double[] {y}).mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().size(12).symbol(Symbol.STAR).color(colour).build()).name(name).build());
    }

    /**
     * A shaded area from {@code low} to {@code high} at each x, without outline, e.g. mean +- 1 sd
     * over seeds; it takes the colour of the series added next.
     */
    public Chart band(String name, double[] x, double[] low, double[] high) {
        addBand(name, x, low, high, true);
        return this;
    }

    /**
     * A named line with a shaded band around it in the same colour (one legend entry for both),
     * e.g. the mean over seeds with {@code low = mean - sd}, {@code high = mean + sd}.
     */
    public Chart lineWithBand(String name, double[] x, double[] y, double[] low, double[] high) {
        sameLength(x, y, name);
        addBand(name, x, low, high, false);
        String colour = nextColour();
        return add(grouped(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color(colour).build()).name(name).build(), name));
    }

    /** One named bar per category. */
    public Chart bars(String name, List<String> categories, double[] values) {
        return add(barTrace(name, categories, values));
    }

    /** One named bar per category with an error bar of +- {@code errors[i]}, e.g. one standard deviation over seeds. */
    public Chart bars(String name, List<String> categories, double[] values, double[] errors) {
        Require.that(errors.length == values.length, "Chart.bars", "the errors of \"" + name + "\"",
                "one per bar (" + values.length + ")", errors.length);
        for (double error : errors) {
            Require.that(error >= 0, "Chart.bars", "each error of \"" + name + "\"",
                    ">= 0 (an error bar is +- a size, e.g. one standard deviation)", error);
        }
        StringBuilder errorBars = new StringBuilder("error_y: {type: 'data', visible: true, array: [");
        for (int i = 0; i < errors.length; i++) {
            errorBars.append(i == 0 ? "" : ", ").append(errors[i]);
        }
        return add(new WithProperties(barTrace(name, categories, values), errorBars.append("]},").toString()));
    }

    /**
     * The share of {@code values} in each of the given bins, as bars at the bin centres (y = fraction).
     * Several histograms on one chart are overlaid; with the same {@link Bins} they compare bar by bar.
     */
    public Chart histogram(String name, double[] values, Bins bins) {
        Object[] centers = Arrays.stream(bins.centers()).boxed().toArray();
        String colour = nextColour();
        histograms++;
        return add(BarTrace.builder(centers, bins.fractions(values)).name(name)
                .marker(Marker.builder().color(colour).build()).build());
    }

    /**
     * A heatmap of {@code z} ({@code z[r][c]} at column label {@code x[c]}, row label {@code y[r]});
     * row 0 is drawn at the bottom unless the chart {@link #reverseY()}s.
     */
    public Chart heatmap(String name, Object[] x, Object[] y, double[][] z) {
        Require.that(z.length == y.length, "Chart.heatmap", "the rows of \"" + name + "\"",
                "one per row label (" + y.length + ")", z.length);
        for (double[] row : z) {
            Require.that(row.length == x.length, "Chart.heatmap", "each row of \"" + name + "\"",
                    "one value per column label (" + x.length + ")", row.length + " values");
        }
        return add(((HeatmapTrace.HeatmapBuilder) HeatmapTrace.builder(x, y, z).name(name)).build());
    }

    /**
     * Any Tablesaw trace, for what the other methods do not draw; it counts as one legend entry (see
     * {@link #legend(boolean)}) and takes no colour from the chart.
     */
    public Chart trace(Trace trace) {
        return add(trace);
    }

    /** The Tablesaw figure: the layout (title, titled axes, legend if several named series) and the traces. */
    public Figure figure() {
        if (xTitle == null || xTitle.isBlank() || yTitle == null || yTitle.isBlank()) {
            throw new IllegalStateException("chart \"" + title + "\" needs both axis titles: add .xTitle(\"...\") and .yTitle(\"...\")");
        }
        if (traces.isEmpty()) {
            throw new IllegalStateException("chart \"" + title + "\" has nothing to draw: add a series, e.g. .line(name, x, y)");
        }
        Layout.LayoutBuilder layout = Layout.builder(title)
                .xAxis(axis(xTitle, logX, xRange, false))
                .yAxis(axis(yTitle, logY, yRange, reversedY))
                .showLegend(legend != null ? legend : legendEntries > 1)
                .height(height);
        if (width > 0) {
            layout.width(width);
        }
        Layout.BarMode mode = barMode != null ? barMode : histograms > 1 ? Layout.BarMode.OVERLAY : null;
        if (mode != null) {
            layout.barMode(mode);
        }
        Trace[] drawn = traces.stream().map(t -> mode == Layout.BarMode.OVERLAY && t instanceof BarTrace bar
                ? new WithProperties(bar, "opacity: " + OVERLAY_OPACITY + ",") : t).toArray(Trace[]::new);
        return new Figure(layout.build(), drawn);
    }

    @Override
    public String toString() {
        return "Chart \"" + title + "\" (" + traces.size() + (traces.size() == 1 ? " trace)" : " traces)");
    }

    private Axis axis(String text, boolean log, double[] range, boolean reversed) {
        Axis.AxisBuilder axis = Axis.builder().title(text).type(log ? Axis.Type.LOG : Axis.Type.LINEAR);
        if (range != null) {
            if (log && range[0] <= 0) {
                throw new IllegalStateException("chart \"" + title + "\": a log axis needs a range above 0, got ["
                        + range[0] + ", " + range[1] + "]");
            }
            double low = log ? Math.log10(range[0]) : range[0];
            double high = log ? Math.log10(range[1]) : range[1];
            axis.range(reversed ? high : low, reversed ? low : high);
        } else if (reversed) {
            axis.autoRange(Axis.AutoRange.REVERSED);
        }
        if (plainAxes) {
            axis.showGrid(false).showZeroLine(false)
                    .tickSettings(TickSettings.builder().showTickLabels(false).length(0).build());
        }
        return axis.build();
    }

    private Chart scatter(String name, double[] x, double[] y, ScatterTrace.Mode mode, Line.Dash dash) {
        sameLength(x, y, name);
        String colour = nextColour();
        Line.LineBuilder line = Line.builder().color(colour);
        if (dash != null) {
            line.dash(dash);
        }
        ScatterTrace.ScatterBuilder trace = ScatterTrace.builder(x, y).mode(mode).line(line.build()).name(name);
        if (mode != ScatterTrace.Mode.LINE) {
            trace.marker(Marker.builder().color(colour).build());
        }
        return add(trace.build());
    }

    private void addBand(String name, double[] x, double[] low, double[] high, boolean inLegend) {
        sameLength(x, low, name + " (low)");
        sameLength(x, high, name + " (high)");
        String fill = translucent(PALETTE[colours % PALETTE.length]);
        Line noOutline = Line.builder().width(0).build();
        traces.add(grouped(ScatterTrace.builder(x, low).mode(ScatterTrace.Mode.LINE).line(noOutline)
                .showLegend(false).name(name + " (low)").build(), name));
        traces.add(grouped(ScatterTrace.builder(x, high).mode(ScatterTrace.Mode.LINE).line(noOutline)
                .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(fill).showLegend(inLegend).name(name).build(), name));
        if (inLegend) {
            legendEntries++;
        }
    }

    /** The trace in legend group {@code group}: clicking the group's legend entry shows or hides all its traces. */
    private static Trace grouped(Trace trace, String group) {
        return new WithProperties(trace, "legendgroup: \"" + group.replace("\\", "\\\\").replace("\"", "\\\"") + "\",");
    }

    private BarTrace barTrace(String name, List<String> categories, double[] values) {
        Require.that(categories.size() == values.length, "Chart.bars", "the values of \"" + name + "\"",
                "one per category (" + categories.size() + ")", values.length);
        return BarTrace.builder(categories.toArray(), values).name(name)
                .marker(Marker.builder().color(nextColour()).build()).build();
    }

    private Chart add(Trace trace) {
        traces.add(trace);
        legendEntries++;
        return this;
    }

    private String nextColour() {
        return PALETTE[colours++ % PALETTE.length];
    }

    /** A palette colour "#rrggbb" as "rgba(r,g,b,0.2)". */
    private static String translucent(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return "rgba(" + (rgb >> 16) + "," + ((rgb >> 8) & 0xff) + "," + (rgb & 0xff) + ",0.2)";
    }

    private static void sameLength(double[] x, double[] y, String name) {
        Require.that(x.length == y.length, "Chart", "the y values of \"" + name + "\"", "one per x value (" + x.length + ")",
                y.length);
    }

    private static double[] range(double low, double high, String axis) {
        Require.that(low < high && Double.isFinite(low) && Double.isFinite(high), "Chart", "the " + axis + " range",
                "finite, with low < high", "[" + low + ", " + high + "]");
        return new double[] {low, high};
    }

    private static int positive(int pixels, String what) {
        return Require.atLeast("Chart", "the " + what + " in pixels", pixels, 1);
    }

    /** 1, 2, ..., n as doubles when from = 1; generally from, from + 1, ..., from + count - 1. */
    static double[] sequence(int from, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + i;
        }
        return values;
    }

    /**
     * A Tablesaw trace with extra Plotly properties for what Tablesaw's builders lack (error bars,
     * bar opacity), e.g. {@code "opacity: 0.6,"}; they go first in the trace's object literal.
     */
    private record WithProperties(Trace trace, String properties) implements Trace {
        @Override
        public String asJavascript(int index) {
            String js = trace.asJavascript(index);
            int open = js.indexOf('{') + 1;
            return js.substring(0, open) + "\n" + properties + js.substring(open);
        }

        @Override
        public String name() {
            return trace.name();
        }

        @Override
        public HoverLabel hoverLabel() {
            return trace.hoverLabel();
        }

        @Override
        public boolean showLegend() {
            return trace.showLegend();
        }
    }
}
