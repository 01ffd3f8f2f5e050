package org.nnlab.plot;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.train.History;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Training curves from {@link History} objects: train vs validation per epoch with the best
 * validation epoch marked, and several runs (e.g. seeds) as a mean line with a +-1 standard
 * deviation band.
 */
public final class TrainingCurves {
    private TrainingCurves() {
    }

    /** Train and validation loss per epoch, the validation minimum marked. */
    public static Figure loss(History history) {
        return of(history, History.TRAIN_LOSS, History.VAL_LOSS, false);
    }

    /** Train and validation loss on a log scale. */
    public static Figure logLoss(History history) {
        return of(history, History.TRAIN_LOSS, History.VAL_LOSS, true);
    }

    /** Train and validation accuracy per epoch, the validation maximum marked. */
    public static Figure accuracy(History history) {
        return of(history, History.TRAIN_ACCURACY, History.VAL_ACCURACY, false);
    }

    /**
     * Any training column against epochs together with its validation counterpart (if recorded);
     * the best validation epoch (minimum loss, maximum accuracy) is marked.
     */
    public static Figure of(History history, String trainColumn, String validationColumn, boolean logY) {
        String quantity = trainColumn.contains("accuracy") ? "accuracy" : "loss";
        double[] epochs = history.column(History.EPOCH);
        List<Trace> traces = new ArrayList<>();
        traces.add(Figures.line(epochs, history.column(trainColumn), "train"));
        if (history.hasValidation()) {
            double[] val = history.column(validationColumn);
            traces.add(Figures.line(epochs, val, "validation"));
            int best = best(val, quantity.equals("accuracy"));
            traces.add(ScatterTrace.builder(new double[] {epochs[best]}, new double[] {val[best]})
                    .mode(ScatterTrace.Mode.MARKERS).marker(Marker.builder().size(12).symbol(tech.tablesaw.plotly.components.Symbol.STAR).build())
                    .name("best epoch (" + (int) epochs[best] + ")").build());
        }
        String title = capitalize(quantity) + " per epoch" + named(history);
        return new Figure(Figures.layout(title, "epoch", quantity + (logY ? " (log scale)" : ""), logY),
                traces.toArray(Trace[]::new));
    }

    /**
     * Several runs of the same setup: the mean of {@code column} per epoch with a band of +-1
     * standard deviation across runs (over the epochs all runs reached).
     */
    public static Figure runs(List<History> runs, String column, String title) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to plot");
        }
        int epochs = runs.stream().mapToInt(History::size).min().orElse(0);
        double[] mean = new double[epochs];
        double[] sd = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            final int epoch = e;
            double[] values = runs.stream().mapToDouble(h -> h.column(column)[epoch]).toArray();
            mean[e] = java.util.Arrays.stream(values).average().orElse(Double.NaN);
            double ss = java.util.Arrays.stream(values).map(v -> (v - mean[epoch]) * (v - mean[epoch])).sum();
            sd[e] = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
        }
        double[] x = Figures.sequence(1, epochs);
        double[] low = new double[epochs];
        double[] high = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            low[e] = mean[e] - sd[e];
            high[e] = mean[e] + sd[e];
        }
        Trace lower = ScatterTrace.builder(x, low).mode(ScatterTrace.Mode.LINE).name("mean - 1 sd")
                .line(tech.tablesaw.plotly.components.Line.builder().width(0).build()).showLegend(false).build();
        Trace upper = ScatterTrace.builder(x, high).mode(ScatterTrace.Mode.LINE).name("+-1 sd over " + runs.size() + " runs")
                .line(tech.tablesaw.plotly.components.Line.builder().width(0).build())
                .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor("rgba(31,119,180,0.2)").build();
        List<Trace> traces = new ArrayList<>(List.of(lower, upper, Figures.line(x, mean, "mean of " + runs.size() + " runs")));
        for (int r = 0; r < runs.size(); r++) {
            traces.add(ScatterTrace.builder(x, java.util.Arrays.copyOf(runs.get(r).column(column), epochs))
                    .mode(ScatterTrace.Mode.LINE).opacity(0.35).name(runName(runs.get(r), r)).build());
        }
        return new Figure(Figures.layout(title, "epoch", column.replace('_', ' '), false), traces.toArray(Trace[]::new));
    }

    /** One line per run (named by each history's name) of {@code column} against epochs, e.g. to compare settings. */
    public static Figure compare(List<History> runs, String column, String title, boolean logY) {
        List<Trace> traces = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            History run = runs.get(r);
            traces.add(Figures.line(run.column(History.EPOCH), run.column(column), runName(run, r)));
        }
        return new Figure(Figures.layout(title, "epoch", column.replace('_', ' '), logY), traces.toArray(Trace[]::new));
    }

    private static String runName(History history, int index) {
        String name = history.table().name();
        return name == null || name.isBlank() ? "run " + (index + 1) : name;
    }

    private static int best(double[] values, boolean higherIsBetter) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (higherIsBetter ? values[i] > values[best] : values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String named(History history) {
        String name = history.table().name();
        return name == null || name.isBlank() ? "" : " (" + name + ")";
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
