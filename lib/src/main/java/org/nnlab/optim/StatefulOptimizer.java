package org.nnlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.nn.Param;

/**
 * Base of the optimizers: validates the learning rate, keeps one state object per parameter
 * (created on its first step) and applies the per-parameter rule.
 *
 * @param <S> the per-parameter state
 */
abstract class StatefulOptimizer<S> implements Optimizer {
    private final Map<Param, S> states = new IdentityHashMap<>();

    @Override
    public final void step(List<Param> params, double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(name() + ": learning rate must be a finite number >= 0, got " + learningRate);
        }
        for (Param p : params) {
            if (p.isTrainable()) {
                update(p, states.computeIfAbsent(p, this::newState), learningRate);
            }
        }
    }

    abstract S newState(Param param);

    /** Updates {@code param.value()} in place from {@code param.grad()}. */
    abstract void update(Param param, S state, double learningRate);

    static double requireInRange(String optimizer, String name, double value, double low, double high) {
        if (!(value >= low && value < high)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be in [" + low + ", " + high + "), got " + value);
        }
        return value;
    }

    static double requirePositive(String optimizer, String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be > 0, got " + value);
        }
        return value;
    }
}
