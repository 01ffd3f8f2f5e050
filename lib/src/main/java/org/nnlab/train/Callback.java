package org.nnlab.train;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The one hook into a training run. Every method does nothing by default; a callback overrides the
 * moments it cares about:
 * <ul>
 *   <li>{@link #onTrainBegin} once before the first step;</li>
 *   <li>{@link #beforeUpdate} every step after the backward pass: the gradients (data loss plus
 *       penalty) are in the parameters, the weights are not yet changed;</li>
 *   <li>{@link #afterUpdate} every step after the optimizer changed the weights;</li>
 *   <li>{@link #onEpochEnd} after each epoch's validation (the epoch is already in
 *       {@link TrainingControl#history()});</li>
 *   <li>{@link #onTrainEnd} once after the last epoch, also after an early stop; or
 *       {@link #onTrainFailed} instead, when the run ends with an exception (which is then
 *       rethrown).</li>
 * </ul>
 * Callbacks run in the order given to {@link Trainer#callbacks}, after the run's own history
 * recording and before its progress display. Early stopping, learning-rate reduction, probes and
 * the notebook progress display are all callbacks.
 */
public interface Callback {
    default void onTrainBegin(TrainingControl run) {
    }

    default void beforeUpdate(StepInfo step) {
    }

    default void afterUpdate(StepInfo step) {
    }

    default void onEpochEnd(EpochResult result, TrainingControl run) {
    }

    default void onTrainEnd(TrainingControl run) {
    }

    default void onTrainFailed(RuntimeException failure, TrainingControl run) {
    }

    /** A callback that runs {@code action} at the end of every epoch, e.g. to stop at a target. */
    static Callback atEpochEnd(BiConsumer<EpochResult, TrainingControl> action) {
        return new Callback() {
            @Override
            public void onEpochEnd(EpochResult result, TrainingControl run) {
                action.accept(result, run);
            }
        };
    }

    /** A callback that runs {@code action} after every optimizer step. */
    static Callback afterEveryStep(Consumer<StepInfo> action) {
        return new Callback() {
            @Override
            public void afterUpdate(StepInfo step) {
                action.accept(step);
            }
        };
    }
}
