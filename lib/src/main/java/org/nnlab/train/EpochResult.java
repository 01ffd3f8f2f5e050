package org.nnlab.train;

import java.util.List;
import org.nnlab.check.Require;

/**
 * The figures of one finished epoch, as passed to {@link Callback}s and recorded in the
 * {@link History}. Epochs count from 1. Validation figures are NaN without a validation set.
 */
public record EpochResult(int epoch, double dataLoss, double penalty, double trainAccuracy,
        double valLoss, double valAccuracy, double learningRate, double seconds) {

    /** The names {@link #metric} knows, i.e. the History columns a callback can watch. */
    public static final List<String> METRICS = List.of(History.TRAIN_LOSS, History.DATA_LOSS, History.PENALTY,
            History.TRAIN_ACCURACY, History.VAL_LOSS, History.VAL_ACCURACY);

    /** {@code name}, checked to be one of {@link #METRICS}; {@code owner} is named in the message. */
    static String requireMetric(String owner, String name) {
        Require.that(METRICS.contains(name), owner, "the metric", "one of " + METRICS, "'" + name + "'");
        return name;
    }

    /** Data loss plus penalty. */
    public double trainLoss() {
        return dataLoss + penalty;
    }

    /** A metric by its History column name ({@code val_loss}, {@code train_loss}, ...). */
    public double metric(String name) {
        return switch (name) {
            case History.TRAIN_LOSS -> trainLoss();
            case History.DATA_LOSS -> dataLoss;
            case History.PENALTY -> penalty;
            case History.TRAIN_ACCURACY -> trainAccuracy;
            case History.VAL_LOSS -> valLoss;
            case History.VAL_ACCURACY -> valAccuracy;
            default -> throw new IllegalArgumentException(Require.message("EpochResult.metric", "the metric",
                    "one of " + METRICS, "'" + name + "'", null));
        };
    }
}
