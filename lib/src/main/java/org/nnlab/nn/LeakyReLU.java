package org.nnlab.nn;

import org.nnlab.check.Require;

/**
 * {@code y = x if x > 0, else alpha x}; {@code dy/dx = 1 if x > 0, else alpha}. A fixed negative
 * slope {@code alpha >= 0} (PyTorch's default is 0.01, Keras' 0.3).
 */
public final class LeakyReLU extends ElementwiseActivation {
    private final double alpha;

    public LeakyReLU(double alpha) {
        super("leaky_relu");
        Require.nonNegative(name(), "alpha", alpha);
        this.alpha = alpha;
    }

    public double alpha() {
        return alpha;
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : alpha * x;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0 ? 1 : x <= 0 ? alpha : Double.NaN;
    }

    @Override
    public String toString() {
        return super.toString() + " alpha " + alpha;
    }

    @Override
    BaseLayer twin() {
        return new LeakyReLU(alpha);
    }
}
