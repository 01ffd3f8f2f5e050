package org.nnlab.train;

/**
 * Training produced a NaN or infinite loss or gradient. Names the epoch (1-based), the global step
 * (0-based) and the first layer whose output or gradient went non-finite, and keeps the
 * {@link #history()} up to that step, so that the run's curve can still be plotted and diagnosed.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final long step;
    private final String layer;
    private final transient History history;

    TrainingDivergedException(int epoch, long step, String what, String layer, History history) {
        super(what + " at epoch " + epoch + ", step " + step
                + (layer == null ? "" : "; first non-finite values in layer " + layer)
                + ". Try a lower learning rate, gradient-friendlier initialization or input scaling.");
        this.epoch = epoch;
        this.step = step;
        this.layer = layer;
        this.history = history;
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

    /**
     * The run so far: every finished epoch, and every step including the one that diverged (its
     * loss as computed: NaN or infinite if the loss was the problem, finite if only a gradient was).
     */
    public History history() {
        return history;
    }
}
