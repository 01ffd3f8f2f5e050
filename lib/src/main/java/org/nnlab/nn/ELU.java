package org.nnlab.nn;

import org.nnlab.check.Require;

/**
 * The exponential linear unit: {@code y = x if x > 0, else alpha (e^x - 1)};
 * {@code dy/dx = 1 if x > 0, else y + alpha}. Smooth for alpha = 1 (the default), which saturates
 * at -1 for large negative inputs.
 */
public final class ELU extends ElementwiseActivation {
    private final double alpha;

    /** ELU with alpha = 1. */
    public ELU() {
        this(1);
    }

    public ELU(double alpha) {
        super("elu");
        Require.nonNegative(name(), "alpha", alpha);
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : alpha * Math.expm1(x);
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0 ? 1 : y + alpha;
    }

    @Override
    public String toString() {
        return super.toString() + " alpha " + alpha;
    }

    @Override
    BaseLayer twin() {
        return new ELU(alpha);
    }
}
