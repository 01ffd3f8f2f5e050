package org.nnlab.train;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nnlab.check.Require;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * What a training run recorded: one row per epoch and one row per optimization step.
 *
 * <p>Epoch columns: {@code epoch} (1-based), {@code train_loss} (= {@code data_loss} +
 * {@code penalty}), {@code data_loss}, {@code penalty}, {@code train_accuracy}, {@code val_loss},
 * {@code val_accuracy}, {@code lr}, {@code seconds}. Training loss and accuracy are means over the
 * epoch's batches as they were trained (training mode, weights changing during the epoch), as in
 * Keras; validation figures are computed in evaluation mode at the end of the epoch (NaN without a
 * validation set; accuracy NaN for regression). {@code lr} is the rate of the epoch's last step.
 * {@code seconds} is wall-clock time, the only column that differs between two runs with the same
 * seed.
 *
 * <p>Step columns: {@code step} (0-based, global), {@code epoch}, {@code loss} (the batch's total
 * loss), {@code lr}.
 */
public final class History {
    public static final String EPOCH = "epoch";
    public static final String TRAIN_LOSS = "train_loss";
    public static final String DATA_LOSS = "data_loss";
    public static final String PENALTY = "penalty";
    public static final String TRAIN_ACCURACY = "train_accuracy";
    public static final String VAL_LOSS = "val_loss";
    public static final String VAL_ACCURACY = "val_accuracy";
    public static final String LR = "lr";
    public static final String SECONDS = "seconds";
    public static final String STEP = "step";
    public static final String LOSS = "loss";

    private final Table epochs;
    private final Table steps;
    private final int numClasses;
    private String abortReason;

    /**
     * An empty history. The trainer fills it; build one by hand to analyse curves from elsewhere.
     *
     * @param numClasses the number of classes of the task (0 for regression); diagnostics compare
     *     the loss with ln(numClasses), the loss of a uniform guess
     */
    public History(String name, int numClasses) {
        Require.atLeast("History", "numClasses", numClasses, 0);
        this.numClasses = numClasses;
        epochs = Table.create(name,
                IntColumn.create(EPOCH), DoubleColumn.create(TRAIN_LOSS), DoubleColumn.create(DATA_LOSS),
                DoubleColumn.create(PENALTY), DoubleColumn.create(TRAIN_ACCURACY), DoubleColumn.create(VAL_LOSS),
                DoubleColumn.create(VAL_ACCURACY), DoubleColumn.create(LR), DoubleColumn.create(SECONDS));
        steps = Table.create(name + " (steps)",
                LongColumn.create(STEP), IntColumn.create(EPOCH), DoubleColumn.create(LOSS), DoubleColumn.create(LR));
    }

    /** Records one optimization step. */
    public void addStep(long step, int epoch, double loss, double lr) {
        steps.longColumn(STEP).append(step);
        steps.intColumn(EPOCH).append(epoch);
        steps.doubleColumn(LOSS).append(loss);
        steps.doubleColumn(LR).append(lr);
    }

    /** Records one finished epoch. */
    public void addEpoch(EpochResult r) {
        epochs.intColumn(EPOCH).append(r.epoch());
        epochs.doubleColumn(TRAIN_LOSS).append(r.dataLoss() + r.penalty());
        epochs.doubleColumn(DATA_LOSS).append(r.dataLoss());
        epochs.doubleColumn(PENALTY).append(r.penalty());
        epochs.doubleColumn(TRAIN_ACCURACY).append(r.trainAccuracy());
        epochs.doubleColumn(VAL_LOSS).append(r.valLoss());
        epochs.doubleColumn(VAL_ACCURACY).append(r.valAccuracy());
        epochs.doubleColumn(LR).append(r.learningRate());
        epochs.doubleColumn(SECONDS).append(r.seconds());
    }

    /**
     * Records that the run ended early on an error ({@code reason}, e.g. the exception's message):
     * the epochs and steps recorded so far are all there is.
     */
    public void markAborted(String reason) {
        abortReason = Objects.requireNonNullElse(reason, "no reason given");
    }

    /** Why the run was aborted, if it was (see {@link #markAborted}). */
    public Optional<String> abortReason() {
        return Optional.ofNullable(abortReason);
    }

    /** The number of classes of the task, 0 for regression. */
    public int numClasses() {
        return numClasses;
    }

    /** One row per epoch (see the class comment for the columns). */
    public Table table() {
        return epochs;
    }

    /** One row per optimization step: step, epoch, loss, lr. */
    public Table steps() {
        return steps;
    }

    /** Number of epochs recorded. */
    public int size() {
        return epochs.rowCount();
    }

    /** A column of the epoch table as an array, e.g. {@code column(History.VAL_LOSS)}. */
    public double[] column(String name) {
        return epochs.numberColumn(name).asDoubleArray();
    }

    /** The last recorded value of an epoch column. */
    public double last(String name) {
        double[] values = column(name);
        if (values.length == 0) {
            throw new IllegalStateException("the history " + epochs.name() + " is empty: no epoch finished, so it has no last " + name);
        }
        return values[values.length - 1];
    }

    /**
     * The best value of an epoch column: the lowest for losses, the highest for accuracies
     * ({@code column} containing "accuracy"). NaN values are skipped.
     */
    public double best(String column) {
        return column(column)[bestIndex(column)];
    }

    /** The epoch (1-based) with the best value of {@code column}; see {@link #best}. */
    public int bestEpoch(String column) {
        return bestIndex(column) + 1;
    }

    /** The epoch with the lowest validation loss, or the lowest training loss without validation. */
    public int bestEpoch() {
        return bestEpoch(hasValidation() ? VAL_LOSS : TRAIN_LOSS);
    }

    /**
     * The first epoch (1-based) at which {@code column} reached {@code target}: at most the target
     * for losses, at least the target for accuracies (as in {@link #best}); -1 if it never did.
     */
    public int epochsTo(String column, double target) {
        return Curves.firstReaching(column(column), target, column.contains("accuracy"));
    }

    private int bestIndex(String column) {
        double[] values = column(column);
        boolean higherIsBetter = column.contains("accuracy");
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])
                    && (best < 0 || (higherIsBetter ? values[i] > values[best] : values[i] < values[best]))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the history has no value of " + column + " (" + size()
                    + " epochs recorded); a validation column needs a validation set given to fit");
        }
        return best;
    }

    /** Whether a validation set was evaluated. */
    public boolean hasValidation() {
        return size() > 0 && !Double.isNaN(last(VAL_LOSS));
    }

    /** Loss curves (train and, if present, validation, best epoch marked) against epochs. */
    public Figure plot() {
        return TrainingCurves.loss(this);
    }

    /** Accuracy curves (train and, if present, validation, best epoch marked) against epochs. */
    public Figure plotAccuracy() {
        return TrainingCurves.accuracy(this);
    }

    /** Columns that are fixed by the seed (everything but {@link #SECONDS}), for comparisons. */
    public Table deterministicColumns() {
        List<String> names = epochs.columnNames().stream().filter(n -> !n.equals(SECONDS)).toList();
        return epochs.selectColumns(names.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return epochs.printAll();
    }
}
