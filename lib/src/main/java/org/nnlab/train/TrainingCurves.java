package org.nnlab.train;

import java.util.Arrays;
import java.util.List;
import org.nnlab.plot.Chart;
import tech.tablesaw.plotly.components.Figure;

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
        Chart chart = Chart.of(capitalize(quantity) + " per epoch" + named(history))
                .xTitle("epoch").yTitle(quantity + (logY ? " (log scale)" : "")).logY(logY)
                .line("train", epochs, history.column(trainColumn));
        if (history.hasValidation()) {
            double[] val = history.column(validationColumn);
            int best = best(val, quantity.equals("accuracy"));
            chart.line("validation", epochs, val).highlight("best epoch (" + (int) epochs[best] + ")", epochs[best], val[best]);
        }
        return chart.figure();
    }

    /**
     * Several runs of the same setup: the mean of {@code column} per epoch with a band of +-1
     * standard deviation across runs (over the epochs all runs reached), and each run as a faint line.
     */
    public static Figure runs(List<History> runs, String column, String title) {
        EpochBand band = EpochBand.of(runs, column);
        double[] x = band.epochs();
        Chart chart = Chart.of(title).xTitle("epoch").yTitle(column.replace('_', ' '))
                .band("+-1 sd over " + runs.size() + " runs", x, band.low(), band.high())
                .line("mean of " + runs.size() + " runs", x, band.mean());
        for (int r = 0; r < runs.size(); r++) {
            chart.faintLine(runName(runs.get(r), r), x, Arrays.copyOf(runs.get(r).column(column), x.length));
        }
        return chart.figure();
    }

    /** One line per run (named by each history's name) of {@code column} against epochs, e.g. to compare settings. */
    public static Figure compare(List<History> runs, String column, String title, boolean logY) {
        Chart chart = Chart.of(title).xTitle("epoch").yTitle(column.replace('_', ' ')).logY(logY);
        for (int r = 0; r < runs.size(); r++) {
            History run = runs.get(r);
            chart.line(runName(run, r), run.column(History.EPOCH), run.column(column));
        }
        return chart.figure();
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
