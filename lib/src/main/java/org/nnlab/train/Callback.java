package org.nnlab.train;

/**
 * Reacts to the end of each epoch, e.g. to stop early or to lower the learning rate, through the
 * {@link TrainingControl} it is given.
 */
public interface Callback {
    /** Called once before the first epoch. */
    default void onTrainBegin(TrainingControl control) {
    }

    /** Called after each epoch's validation. */
    void onEpochEnd(EpochResult result, TrainingControl control);

    /** Called once after the last epoch (also after an early stop). */
    default void onTrainEnd(TrainingControl control) {
    }
}
