package org.nnlab.optim;

import java.util.List;
import org.nnlab.nn.Param;

/**
 * Updates trainable parameters from their gradients. The learning rate is passed on every step, so
 * schedules and callbacks can change it; any other state (velocities, moment estimates, step
 * counts) is kept per parameter, keyed by identity, inside the optimizer: use a fresh optimizer for
 * a fresh run.
 *
 * <p>The applied update is not recorded (that would cost a copy of every parameter on every step);
 * diagnostics such as the update:data ratio copy the values before the step and compare after it,
 * as {@code org.nnlab.probe.Probe} does on the steps it samples.
 */
public interface Optimizer {
    String name();

    /**
     * One update of every trainable parameter in {@code params} from its current gradient; state
     * (non-trainable) parameters are skipped.
     *
     * @throws IllegalArgumentException if {@code learningRate} is negative, NaN or infinite
     */
    void step(List<Param> params, double learningRate);
}
