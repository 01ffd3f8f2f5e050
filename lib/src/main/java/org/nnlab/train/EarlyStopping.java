package org.nnlab.train;

import org.nnlab.check.Require;

/**
 * Stops training when a metric (default {@code val_loss}) has not improved by more than
 * {@code minDelta} for {@code patience} epochs in a row; optionally restores the weights of the
 * best epoch when training ends.
 */
public final class EarlyStopping implements Callback {
    private final Monitor monitor;
    private final int patience;
    private final boolean restoreBest;
    private Snapshot best;
    private int stoppedEpoch;

    public EarlyStopping(String metric, int patience, double minDelta, boolean restoreBest) {
        Require.atLeast("EarlyStopping", "patience", patience, 1);
        this.monitor = new Monitor("EarlyStopping", metric, minDelta);
        this.patience = patience;
        this.restoreBest = restoreBest;
    }

    /** Watches {@code val_loss} with the given patience and restores the best weights. */
    public static EarlyStopping onValidationLoss(int patience) {
        return new EarlyStopping(History.VAL_LOSS, patience, 0, true);
    }

    @Override
    public void onTrainBegin(TrainingControl control) {
        monitor.requireAvailable(control);
        monitor.reset();
        best = null;
        stoppedEpoch = 0;
    }

    @Override
    public void onEpochEnd(EpochResult result, TrainingControl control) {
        if (monitor.update(result)) {
            if (restoreBest) {
                best = Snapshot.of(control.network());
            }
        } else if (monitor.epochsWithoutImprovement() >= patience) {
            stoppedEpoch = result.epoch();
            control.stop();
        }
    }

    @Override
    public void onTrainEnd(TrainingControl control) {
        if (restoreBest && best != null) {
            best.restore();
        }
    }

    /** The epoch with the best metric (1-based; 0 before training). */
    public int bestEpoch() {
        return monitor.bestEpoch();
    }

    /** The best value of the metric. */
    public double bestValue() {
        return monitor.best();
    }

    /** The epoch at which training was stopped, or 0 if it ran to the end. */
    public int stoppedEpoch() {
        return stoppedEpoch;
    }
}
