package org.nnlab.train;

/**
 * A training run that failed after it started: names the epoch (1-based) and the global step
 * (0-based) where it stopped and keeps the {@link #history()} recorded so far (marked aborted), so
 * that the run's curve can still be plotted and diagnosed. The original exception, if any, is the
 * cause. {@link TrainingDivergedException} is the case of numbers that went non-finite.
 */
public class TrainingFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int epoch;
    private final long step;
    private final transient History history;

    TrainingFailedException(String message, Throwable cause, int epoch, long step, History history) {
        super(message, cause);
        this.epoch = epoch;
        this.step = step;
        this.history = history;
        history.markAborted(message);
    }

    /** The epoch (1-based) in which the run stopped. */
    public int epoch() {
        return epoch;
    }

    /** The global step (0-based) at which the run stopped. */
    public long step() {
        return step;
    }

    /** The run so far: every finished epoch and every recorded step. */
    public History history() {
        return history;
    }
}
