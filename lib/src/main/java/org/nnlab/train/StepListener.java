package org.nnlab.train;

/**
 * A per-step hook, e.g. for probes. {@link #beforeUpdate} sees the gradients of the step (data loss
 * and penalty) before the optimizer changes the weights; {@link #afterUpdate} sees the new weights.
 */
public interface StepListener {
    default void beforeUpdate(StepInfo step) {
    }

    default void afterUpdate(StepInfo step) {
    }
}
