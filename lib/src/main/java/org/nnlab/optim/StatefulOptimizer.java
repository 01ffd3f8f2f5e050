package org.nnlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/**
 * Base of the optimizers: validates the learning rate, keeps one state object per parameter
 * (created on its first step, keyed by identity) and applies the per-parameter rule to the
 * trainable ones.
 *
 * @param <S> the per-parameter state
 */
abstract class StatefulOptimizer<S> implements Optimizer {
    private final Map<Param, S> states = new IdentityHashMap<>();

    @Override
    public final void step(List<Param> params, double learningRate) {
        Require.nonNegative(name(), "learning rate", learningRate);
        for (Param p : params) {
            if (p.isTrainable()) {
                update(p, states.computeIfAbsent(p, this::newState), learningRate);
            }
        }
    }

    abstract S newState(Param param);

    /** Updates {@code param.value()} in place from {@code param.grad()}. */
    abstract void update(Param param, S state, double learningRate);
}
