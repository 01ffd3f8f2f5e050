package org.nnlab.train;

import org.nnlab.check.Require;

/**
 * Multiplies the learning rate by {@code factor} when a metric (default {@code val_loss}) has not
 * improved by more than {@code minDelta} for {@code patience} epochs, never going below
 * {@code minLearningRate}; after a reduction it waits {@code cooldown} epochs before counting again.
 */
public final class ReduceLROnPlateau implements Callback {
    private final Monitor monitor;
    private final double factor;
    private final int patience;
    private final int cooldown;
    private final double minLearningRate;
    private int cooldownLeft;
    private int reductions;

    public ReduceLROnPlateau(String metric, double factor, int patience, double minDelta, int cooldown,
            double minLearningRate) {
        Require.openFraction("ReduceLROnPlateau", "factor", factor);
        Require.atLeast("ReduceLROnPlateau", "patience", patience, 1);
        Require.atLeast("ReduceLROnPlateau", "cooldown", cooldown, 0);
        Require.nonNegative("ReduceLROnPlateau", "minLearningRate", minLearningRate);
        this.monitor = new Monitor("ReduceLROnPlateau", metric, minDelta);
        this.factor = factor;
        this.patience = patience;
        this.cooldown = cooldown;
        this.minLearningRate = minLearningRate;
    }

    /** Watches {@code val_loss}: factor, patience; no min delta, no cooldown, no floor. */
    public static ReduceLROnPlateau onValidationLoss(double factor, int patience) {
        return new ReduceLROnPlateau(History.VAL_LOSS, factor, patience, 0, 0, 0);
    }

    @Override
    public void onTrainBegin(TrainingControl control) {
        monitor.requireAvailable(control);
        monitor.reset();
        cooldownLeft = 0;
        reductions = 0;
    }

    @Override
    public void onEpochEnd(EpochResult result, TrainingControl control) {
        monitor.update(result);
        if (cooldownLeft > 0) {
            cooldownLeft--;
            monitor.clearWait();
            return;
        }
        if (monitor.epochsWithoutImprovement() >= patience && control.learningRate() > minLearningRate) {
            double scale = control.learningRateScale() * factor;
            double rate = control.learningRate() / control.learningRateScale() * scale;
            if (rate < minLearningRate) {
                scale *= minLearningRate / rate;
            }
            control.setLearningRateScale(scale);
            reductions++;
            cooldownLeft = cooldown;
            monitor.clearWait();
        }
    }

    /** How many times the rate was lowered. */
    public int reductions() {
        return reductions;
    }
}
