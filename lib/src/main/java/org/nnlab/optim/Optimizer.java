package org.nnlab.optim;

import java.util.List;
import org.nnlab.nn.Param;

/**
 * Updates trainable parameters from their gradients. The learning rate is passed on every step, so
 * schedules and callbacks can change it; any other state (velocities, moment estimates, step
 * counts) is kept per parameter inside the optimizer.
 */
public interface Optimizer {
    String name();

    /** One update of every trainable parameter in {@code params} from its current gradient. */
    void step(List<Param> params, double learningRate);
}
