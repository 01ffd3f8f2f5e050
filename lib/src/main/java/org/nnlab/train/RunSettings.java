package org.nnlab.train;

import java.util.List;
import org.nnlab.loss.Loss;
import org.nnlab.optim.Optimizer;
import org.nnlab.optim.Regularizer;
import org.nnlab.optim.Schedule;

/** What one {@link Trainer#fit} call trains with, fixed when the run starts; callbacks in the order they run. */
record RunSettings(String name, Loss loss, Optimizer optimizer, Schedule schedule, Regularizer regularizer, int epochs,
        List<Callback> callbacks) {
}
