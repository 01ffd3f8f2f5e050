package org.nnlab.train;

/**
 * Training produced a NaN or infinite value. Says where it appeared first ({@link #source()}: the
 * input batch, a layer's output, the loss, the penalty, a gradient, or the schedule's learning
 * rate), names that place ({@link #layer()}: the layer, or {@code input}, the loss, the
 * regularizer, the schedule; never null), the epoch (1-based) and the global step (0-based), and
 * keeps the {@link #history()} up to that step: every finished epoch, and every step including the
 * one that diverged (its loss as computed: NaN or infinite if the loss was the problem, finite if
 * only a gradient was; a step whose learning rate was not finite is not recorded).
 */
public final class TrainingDivergedException extends TrainingFailedException {
    private static final long serialVersionUID = 1L;

    /** Where the first non-finite value appeared. */
    public enum Source {
        /** The batch fed to the network (e.g. produced by an augmentation). */
        INPUT,
        /** A layer's output in the forward pass. */
        LAYER_OUTPUT,
        /** The loss, from finite outputs. */
        LOSS,
        /** The regularizer's penalty. */
        PENALTY,
        /** A gradient in the backward pass, with a finite loss. */
        GRADIENT,
        /** The learning rate the schedule returned. */
        SCHEDULE
    }

    private final Source source;
    private final String layer;

    TrainingDivergedException(int epoch, long step, Source source, String what, String where, String advice, History history) {
        super(what + " at epoch " + epoch + ", step " + step + "; first non-finite value: " + describe(source, where)
                + ". " + advice, null, epoch, step, history);
        this.source = source;
        this.layer = where;
    }

    private static String describe(Source source, String where) {
        return switch (source) {
            case INPUT -> "in the input batch";
            case LAYER_OUTPUT -> "in the output of layer " + where;
            case LOSS -> "in the loss " + where + " (the network's outputs are finite)";
            case PENALTY -> "in the penalty of " + where;
            case GRADIENT -> "in the gradient of layer " + where + " (the loss is finite)";
            case SCHEDULE -> "in the learning rate from " + where;
        };
    }

    /** Where the first non-finite value appeared. */
    public Source source() {
        return source;
    }

    /**
     * The name of that place: the layer for {@link Source#LAYER_OUTPUT} and {@link Source#GRADIENT},
     * {@code "input"}, the loss's, the regularizer's or the schedule's name otherwise; never null.
     */
    public String layer() {
        return layer;
    }
}
