package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.nnlab.check.Require;
import org.nnlab.nn.Sequential;
import org.nnlab.plot.Chart;
import org.nnlab.probe.Metric;
import org.nnlab.probe.Probe;
import org.nnlab.train.Callback;
import org.nnlab.train.EpochBand;
import org.nnlab.train.EpochEvaluation;
import org.nnlab.train.History;
import org.nnlab.train.Spread;
import org.nnlab.train.StepEvaluation;
import org.nnlab.train.Trainer;
import org.nnlab.train.TrainingFailedException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What an {@link Experiment} produced: every run's trainer (with its trained network) and history,
 * a tidy table of all epochs, spreads over seeds and the standard plots.
 */
public final class Results {
    /**
     * One training run: its configuration, seed, trainer (and so its trained network) and history;
     * {@code failure} is the exception that stopped a failed run (its history keeps the epochs
     * before it), null for a run that finished.
     */
    public record Run(String configuration, long seed, Trainer trainer, History history, TrainingFailedException failure) {
        public Sequential network() {
            return trainer.network();
        }

        /** Whether training stopped with an error (e.g. diverged); only with {@link Experiment#keepFailedRuns()}. */
        public boolean failed() {
            return failure != null;
        }

        /** The last epoch's value of {@code metric}, e.g. {@code run.last(History.VAL_ACCURACY)}. */
        public double last(String metric) {
            return history.last(metric);
        }

        /**
         * The generalization gap after each epoch: validation loss minus the training set's loss in
         * evaluation mode, from the run's {@link EpochEvaluation} of the training set (the same
         * weights on both sets, unlike the history's training loss, a mean over the epoch's
         * batches in training mode).
         */
        public double[] gaps() {
            double[] validation = history.column(History.VAL_LOSS), training = callback(EpochEvaluation.class).losses();
            double[] gaps = new double[training.length];
            for (int e = 0; e < gaps.length; e++) {
                gaps[e] = validation[e] - training[e];
            }
            return gaps;
        }

        /** The generalization gap after the last epoch; see {@link #gaps()}. */
        public double gap() {
            double[] gaps = gaps();
            if (gaps.length == 0) {
                throw new IllegalStateException("run '" + configuration + "' (seed " + seed + ") finished no epoch, so it has no gap");
            }
            return gaps[gaps.length - 1];
        }

        /** The run's callback of type {@code type} (e.g. its {@code EpochEvaluation} or {@code Probe}). */
        public <T extends Callback> T callback(Class<T> type) {
            return trainer.callbacks().stream().filter(type::isInstance).map(type::cast).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("run '" + configuration + "' (seed " + seed
                            + ") has no " + type.getSimpleName() + " callback; add it in the configuration's setup"));
        }
    }

    private static final List<String> METRICS = List.of(History.TRAIN_LOSS, History.DATA_LOSS, History.PENALTY,
            History.TRAIN_ACCURACY, History.VAL_LOSS, History.VAL_ACCURACY, History.LR);

    private final String title;
    private final List<Run> runs;
    private final Map<String, Values> hyperparameters;

    /** {@code hyperparameters}: the values of the configurations added by {@link Experiment#sweep}, by name. */
    Results(String title, List<Run> runs, Map<String, Values> hyperparameters) {
        this.title = title;
        this.runs = List.copyOf(runs);
        this.hyperparameters = Map.copyOf(hyperparameters);
    }

    public String title() {
        return title;
    }

    /** Every run, in the order they ran. */
    public List<Run> runs() {
        return runs;
    }

    /** The configuration names, in the order added. */
    public List<String> configurations() {
        return List.copyOf(new LinkedHashSet<>(runs.stream().map(Run::configuration).toList()));
    }

    /** The runs of one configuration (one per seed). */
    public List<Run> runs(String configuration) {
        List<Run> found = runs.stream().filter(r -> r.configuration().equals(configuration)).toList();
        Require.that(!found.isEmpty(), "experiment '" + title + "'", "the configuration", "one of " + configurations(),
                "'" + configuration + "'");
        return found;
    }

    /**
     * The runs of the named configurations only, in the order given, e.g. to plot two of a larger
     * experiment: {@code results.only("lr 0.001", "lr 0.1").plot(History.VAL_ACCURACY)}.
     */
    public Results only(String... configurations) {
        Require.that(configurations.length > 0, "Results.only", "configurations", "at least one of " + configurations(), "none");
        List<Run> chosen = new ArrayList<>();
        for (String configuration : configurations) {
            Require.that(chosen.stream().noneMatch(r -> r.configuration().equals(configuration)), "Results.only",
                    "configurations", "each named once", "'" + configuration + "' twice");
            chosen.addAll(runs(configuration));
        }
        return new Results(title, chosen, hyperparametersOf(chosen));
    }

    /**
     * These runs followed by those of {@code other} (e.g. a second experiment on the same data), to
     * tabulate or plot them together; configuration names must not repeat.
     */
    public Results plus(Results other) {
        List<String> repeated = other.configurations().stream().filter(configurations()::contains).toList();
        Require.that(repeated.isEmpty(), "Results.plus", "other", "configurations that '" + title + "' does not have",
                "'" + other.title + "' repeating " + repeated, "rename them in one of the two experiments");
        List<Run> both = new ArrayList<>(runs);
        both.addAll(other.runs);
        Map<String, Values> merged = new LinkedHashMap<>(hyperparameters);
        merged.putAll(other.hyperparameters);
        return new Results(title, both, merged);
    }

    /** The hyperparameters of a configuration added by {@link Experiment#sweep}. */
    public Values values(String configuration) {
        runs(configuration);
        Values values = hyperparameters.get(configuration);
        if (values == null) {
            throw new IllegalArgumentException("experiment '" + title + "': configuration '" + configuration
                    + "' has no hyperparameters; only configurations added with sweep(...) have them");
        }
        return values;
    }

    /**
     * The configurations ordered from best to worst by the last epoch's {@code metric} (mean over
     * seeds): highest first for accuracies, lowest first for losses (as {@link History#best});
     * configurations without a value (NaN) come last.
     */
    public List<String> ranking(String metric) {
        boolean higherIsBetter = metric.contains("accuracy");
        return configurations().stream().sorted(Comparator.comparingDouble((String c) -> {
            double mean = last(c, metric).mean();
            return Double.isNaN(mean) ? Double.POSITIVE_INFINITY : higherIsBetter ? -mean : mean;
        })).toList();
    }

    /**
     * The mean of the last epoch's {@code metric} per value of each hyperparameter of a sweep, with
     * a real range cut into 3 equal parts; see {@link Marginals}.
     */
    public Marginals marginals(String metric) {
        return marginals(metric, 3);
    }

    /** As {@link #marginals(String)}, with each sampled range cut into {@code parts} equal parts of its scale. */
    public Marginals marginals(String metric, int parts) {
        List<String> names = configurations();
        List<Values> values = names.stream().map(this::values).toList();
        double[] scores = names.stream().mapToDouble(n -> last(n, metric).mean()).toArray();
        return Marginals.of(title, metric, values, scores, parts);
    }

    /** The first run of a configuration (its only one without seeds). */
    public Run run(String configuration) {
        return runs(configuration).get(0);
    }

    /** The history of the first run of a configuration. */
    public History history(String configuration) {
        return run(configuration).history();
    }

    /** The histories of a configuration, one per seed. */
    public List<History> histories(String configuration) {
        return runs(configuration).stream().map(Run::history).toList();
    }

    /** The last epoch's value of {@code metric} over the configuration's seeds. */
    public Spread last(String configuration, String metric) {
        return Spread.of(runs(configuration).stream().mapToDouble(r -> r.history().last(metric)).toArray());
    }

    /** The best epoch's value of {@code metric} (lowest loss, highest accuracy) over the configuration's seeds. */
    public Spread best(String configuration, String metric) {
        return Spread.of(runs(configuration).stream().mapToDouble(r -> r.history().best(metric)).toArray());
    }

    /** The best epoch (1-based) of {@code metric} over the configuration's seeds. */
    public Spread bestEpoch(String configuration, String metric) {
        return Spread.of(runs(configuration).stream().mapToDouble(r -> r.history().bestEpoch(metric)).toArray());
    }

    /**
     * Every epoch of every run in one tidy table: configuration, seed, epoch and the history's
     * metrics (train_loss, data_loss, penalty, train_accuracy, val_loss, val_accuracy, lr).
     */
    public Table table() {
        Table table = Table.create(title, StringColumn.create("configuration"), LongColumn.create("seed"),
                IntColumn.create(History.EPOCH));
        METRICS.forEach(m -> table.addColumns(DoubleColumn.create(m)));
        for (Run run : runs) {
            History h = run.history();
            for (int e = 0; e < h.size(); e++) {
                table.stringColumn("configuration").append(run.configuration());
                table.longColumn("seed").append(run.seed());
                table.intColumn(History.EPOCH).append(e + 1);
                for (String m : METRICS) {
                    table.doubleColumn(m).append(h.column(m)[e]);
                }
            }
        }
        return table;
    }

    /**
     * The readings of {@code metric} from every run's {@link Probe} in one table (step, epoch, layer,
     * value), each layer named "layer (run)" with the run's name (its configuration, plus "· seed s"
     * with several seeds), so that {@code LayerPlots.overSteps} draws the runs on one chart. Runs
     * without a probe are left out.
     */
    public Table probeTable(Metric metric) {
        Table table = null;
        for (Run run : runs) {
            Probe probe = run.trainer().callbacks().stream().filter(Probe.class::isInstance).map(Probe.class::cast)
                    .findFirst().orElse(null);
            if (probe == null) {
                continue;
            }
            Table readings = probe.table(metric);
            readings.replaceColumn("layer", readings.stringColumn("layer").concatenate(" (" + run.trainer().name() + ")")
                    .setName("layer"));
            table = table == null ? readings.setName(title + ": " + metric.label()) : table.append(readings);
        }
        if (table == null) {
            throw new IllegalStateException("no run of experiment '" + title + "' has a Probe; add one in a setup: "
                    + ".callbacks(Probe.every(10))");
        }
        return table;
    }

    /**
     * One row per run: the last epoch's value of each of {@code metrics} (history columns, e.g.
     * {@code History.TRAIN_LOSS, History.VAL_ACCURACY}), in columns named after them.
     */
    public Table lastValues(String... metrics) {
        Require.that(metrics.length > 0, "Results.lastValues", "metrics", "at least one history column", "none",
                "e.g. lastValues(History.TRAIN_LOSS)");
        Table table = Table.create(title + ": last epoch",
                StringColumn.create("run", runs.stream().map(r -> r.trainer().name()).toList()));
        for (String metric : metrics) {
            table.addColumns(DoubleColumn.create(label(metric), runs.stream().mapToDouble(r -> r.last(metric)).toArray()));
        }
        return table;
    }

    /**
     * One row per run, after its last epoch: the number of epochs; the training set's loss and
     * accuracy from the run's {@link EpochEvaluation} (evaluation mode; missing for a run without one);
     * the validation loss and accuracy; the loss gap (validation minus training) and the accuracy
     * gap (training minus validation); the lowest validation loss and its epoch. Add columns for
     * more, or rename it with {@code setName}.
     */
    public Table lastEpochs() {
        Table table = Table.create(title + ": last epoch", StringColumn.create("run"), IntColumn.create("epochs"));
        List<String> columns = List.of("train loss", "validation loss", "loss gap", "train accuracy", "validation accuracy",
                "accuracy gap", "lowest validation loss");
        columns.forEach(c -> table.addColumns(DoubleColumn.create(c)));
        table.addColumns(IntColumn.create("at epoch"));
        for (Run run : runs) {
            History h = run.history();
            boolean evaluated = run.trainer().callbacks().stream().anyMatch(EpochEvaluation.class::isInstance);
            double trainLoss = evaluated ? run.callback(EpochEvaluation.class).last().loss() : Double.NaN;
            double trainAccuracy = evaluated ? run.callback(EpochEvaluation.class).last().accuracy() : Double.NaN;
            double valLoss = h.last(History.VAL_LOSS);
            double valAccuracy = h.last(History.VAL_ACCURACY);
            double[] row = {trainLoss, valLoss, valLoss - trainLoss, trainAccuracy, valAccuracy, trainAccuracy - valAccuracy,
                h.best(History.VAL_LOSS)};
            table.stringColumn("run").append(runs.size() == configurations().size() ? run.configuration() : run.trainer().name());
            table.intColumn("epochs").append(h.size());
            for (int c = 0; c < row.length; c++) {
                table.doubleColumn(columns.get(c)).append(row[c]);
            }
            table.intColumn("at epoch").append(h.bestEpoch(History.VAL_LOSS));
        }
        return table;
    }

    /**
     * One row per configuration: the number of runs, the last and the best value of {@code metric}
     * (mean and standard deviation over seeds) and the mean best epoch.
     */
    public Table summary(String metric) {
        List<String> names = configurations();
        List<Spread> lasts = new ArrayList<>();
        List<Spread> bests = new ArrayList<>();
        names.forEach(n -> {
            lasts.add(last(n, metric));
            bests.add(best(n, metric));
        });
        return Table.create(title + ": " + metric,
                StringColumn.create("configuration", names),
                IntColumn.create("runs", lasts.stream().mapToInt(Spread::count).toArray()),
                DoubleColumn.create("last " + metric, lasts.stream().mapToDouble(Spread::mean).toArray()),
                DoubleColumn.create("last sd", lasts.stream().mapToDouble(Spread::sd).toArray()),
                DoubleColumn.create("best " + metric, bests.stream().mapToDouble(Spread::mean).toArray()),
                DoubleColumn.create("best sd", bests.stream().mapToDouble(Spread::sd).toArray()),
                DoubleColumn.create("best epoch", names.stream().mapToDouble(n -> bestEpoch(n, metric).mean()).toArray()));
    }

    /**
     * {@code metric} per epoch, one line per configuration: the mean over its seeds with a band of
     * +- 1 standard deviation (a plain line for a single run), over the epochs every seed reached.
     */
    public Chart plot(String metric) {
        Chart chart = Chart.of(title + ": " + label(metric) + " per epoch").xTitle("epoch").yTitle(label(metric));
        for (String configuration : configurations()) {
            List<History> histories = histories(configuration);
            EpochBand band = EpochBand.of(histories, metric);
            if (histories.size() == 1) {
                chart.line(configuration, band.epochs(), band.mean());
            } else {
                chart.lineWithBand(configuration + " (mean ± sd, " + histories.size() + " seeds)", band.epochs(), band.mean(),
                        band.low(), band.high());
            }
        }
        return chart;
    }

    /**
     * The generalization gap per epoch ({@link Run#gaps()}: validation loss minus the training set's
     * loss in evaluation mode), one line per run; every run needs an {@link EpochEvaluation} of the
     * training set.
     */
    public Chart plotGap() {
        Chart chart = Chart.of(title + ": generalization gap per epoch").xTitle("epoch")
                .yTitle("validation loss - training loss (evaluation mode)");
        runs.forEach(run -> chart.line(run.trainer().name(), run.gaps()));
        return chart;
    }

    /**
     * The accuracy measured by each run's {@link StepEvaluation} (e.g. on the validation set every
     * few steps) against the step, one line per run.
     */
    public Chart plotStepAccuracy() {
        Chart chart = Chart.of(title + ": accuracy per step").xTitle("step").yTitle("accuracy (StepEvaluation)");
        runs.forEach(run -> chart.line(run.trainer().name(), run.callback(StepEvaluation.class).steps(),
                run.callback(StepEvaluation.class).accuracies()));
        return chart;
    }

    /** The last epoch's {@code metric} per configuration as bars, with +- 1 standard deviation over seeds. */
    public Chart plotLast(String metric) {
        return bars("last epoch's " + label(metric), metric, this::last);
    }

    /** The best epoch's {@code metric} per configuration as bars, with +- 1 standard deviation over seeds. */
    public Chart plotBest(String metric) {
        return bars("best " + label(metric), metric, this::best);
    }

    private Chart bars(String what, String metric, java.util.function.BiFunction<String, String, Spread> spreadOf) {
        List<String> names = configurations();
        List<Spread> spreads = names.stream().map(n -> spreadOf.apply(n, metric)).toList();
        boolean seeds = spreads.stream().anyMatch(sp -> sp.count() > 1);
        Chart chart = Chart.of(title + ": " + what + (seeds ? " (mean ± sd over seeds)" : "")).xTitle("configuration")
                .yTitle(label(metric));
        double[] means = spreads.stream().mapToDouble(Spread::mean).toArray();
        return seeds ? chart.bars(what, names, means, spreads.stream().mapToDouble(Spread::sd).toArray())
                : chart.bars(what, names, means);
    }

    private Map<String, Values> hyperparametersOf(List<Run> chosen) {
        Map<String, Values> kept = new LinkedHashMap<>();
        chosen.stream().map(Run::configuration).filter(hyperparameters::containsKey)
                .forEach(c -> kept.put(c, hyperparameters.get(c)));
        return kept;
    }

    static String label(String metric) {
        return metric.replace('_', ' ');
    }
}
