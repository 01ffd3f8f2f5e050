package org.nnlab.probe;

import org.nnlab.check.Require;

/**
 * When an activation counts as saturated: a sigmoid output below {@code sigmoidLow} or above
 * {@code sigmoidHigh} (its derivative is then below ~0.03), a tanh output with absolute value above
 * {@code tanhAbs} (derivative below ~0.06).
 */
public record Saturation(double sigmoidLow, double sigmoidHigh, double tanhAbs) {
    /** 0.03 / 0.97 for sigmoid, 0.97 for tanh. */
    public static final Saturation DEFAULT = new Saturation(0.03, 0.97, 0.97);

    public Saturation {
        Require.openFraction("Saturation", "sigmoidLow", sigmoidLow);
        Require.openFraction("Saturation", "sigmoidHigh", sigmoidHigh);
        Require.that(sigmoidLow < sigmoidHigh, "Saturation", "sigmoidLow", "< sigmoidHigh = " + sigmoidHigh, sigmoidLow);
        Require.openFraction("Saturation", "tanhAbs", tanhAbs);
    }
}
