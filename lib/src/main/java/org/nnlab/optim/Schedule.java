package org.nnlab.optim;

/**
 * A learning rate as a function of training progress. {@code epoch} counts from 0, {@code step}
 * is the 0-based step over the whole run, and {@code stepsPerEpoch} lets a schedule use fractional
 * epochs ({@code step / stepsPerEpoch}). Each schedule documents which of these it uses.
 */
@FunctionalInterface
public interface Schedule {
    double rate(int epoch, long step, int stepsPerEpoch);

    /** What the schedule is, for messages: the built-in ones give their name and settings. */
    default String description() {
        return "a custom schedule";
    }
}
