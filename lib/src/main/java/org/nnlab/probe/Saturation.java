package org.nnlab.probe;

/**
 * When an activation counts as saturated: a sigmoid output below {@code sigmoidLow} or above
 * {@code sigmoidHigh} (its derivative is then below ~0.03), a tanh output with absolute value above
 * {@code tanhAbs} (derivative below ~0.06).
 */
public record Saturation(double sigmoidLow, double sigmoidHigh, double tanhAbs) {
    /** 0.03 / 0.97 for sigmoid, 0.97 for tanh. */
    public static final Saturation DEFAULT = new Saturation(0.03, 0.97, 0.97);

    public Saturation {
        if (!(0 < sigmoidLow && sigmoidLow < sigmoidHigh && sigmoidHigh < 1)) {
            throw new IllegalArgumentException("need 0 < sigmoidLow < sigmoidHigh < 1, got " + sigmoidLow + ", " + sigmoidHigh);
        }
        if (!(0 < tanhAbs && tanhAbs < 1)) {
            throw new IllegalArgumentException("tanhAbs must be in (0, 1), got " + tanhAbs);
        }
    }
}
