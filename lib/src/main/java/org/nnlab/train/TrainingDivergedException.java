package org.nnlab.train;

/**
 * Training produced a NaN or infinite loss or gradient. Names the epoch (1-based), the global step
 * (0-based) and the first layer whose output or gradient went non-finite.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final long step;
    private final String layer;

    TrainingDivergedException(int epoch, long step, String what, String layer) {
        super(what + " at epoch " + epoch + ", step " + step
                + (layer == null ? "" : "; first non-finite values in layer " + layer)
                + ". Try a lower learning rate, gradient-friendlier initialization or input scaling.");
        this.epoch = epoch;
        this.step = step;
        this.layer = layer;
    }

    public int epoch() {
        return epoch;
    }

    public long step() {
        return step;
    }

    /** The first layer with non-finite output or gradient, or null if none was found. */
    public String layer() {
        return layer;
    }
}
