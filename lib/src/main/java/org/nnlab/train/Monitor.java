package org.nnlab.train;

import org.nnlab.check.Require;

/**
 * Tracks the best value of one metric for callbacks: lower is better for losses, higher for
 * accuracies. An epoch counts as an improvement only if it beats the best by more than
 * {@code minDelta}.
 */
final class Monitor {
    private final String owner;
    private final String metric;
    private final double minDelta;
    private final boolean higherIsBetter;
    private double best;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    /** {@code owner} (the callback's class) is named in messages. */
    Monitor(String owner, String metric, double minDelta) {
        Require.nonNegative(owner, "minDelta", minDelta);
        this.owner = owner;
        this.metric = EpochResult.requireMetric(owner, metric);
        this.minDelta = minDelta;
        this.higherIsBetter = metric.contains("accuracy");
        reset();
    }

    /**
     * Throws before the first step if the run will never compute the metric: a {@code val_} metric
     * without validation data, an accuracy on a regression task.
     */
    void requireAvailable(TrainingControl run) {
        Require.that(!metric.startsWith("val_") || run.hasValidation(), owner, "the metric", "one that this fit computes",
                "'" + metric + "' without validation data", "pass validation data, fit(train, validation), or watch "
                        + History.TRAIN_LOSS);
        Require.that(!metric.contains("accuracy") || run.isClassification(), owner, "the metric", "one that this fit computes",
                "'" + metric + "' on a regression task", "watch a loss");
    }

    void reset() {
        best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        bestEpoch = 0;
        epochsWithoutImprovement = 0;
    }

    /** Records an epoch; returns true if it improved on the best so far. */
    boolean update(EpochResult result) {
        double value = result.metric(metric);
        if (Double.isNaN(value)) {
            throw new IllegalStateException("callback monitors '" + metric + "' but it is NaN at epoch "
                    + result.epoch() + (metric.startsWith("val") ? " (no validation set given to fit?)" : ""));
        }
        boolean improved = higherIsBetter ? value > best + minDelta : value < best - minDelta;
        if (improved) {
            best = value;
            bestEpoch = result.epoch();
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return improved;
    }

    String metric() {
        return metric;
    }

    double best() {
        return best;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    int epochsWithoutImprovement() {
        return epochsWithoutImprovement;
    }

    void clearWait() {
        epochsWithoutImprovement = 0;
    }
}
