package org.nnlab.nn;

/**
 * {@code y = x if x > 0, else alpha x}; {@code dy/dx = 1 if x > 0, else alpha}. A fixed negative
 * slope {@code alpha >= 0} (PyTorch's default is 0.01, Keras' 0.3).
 */
public final class LeakyReLU extends ElementwiseActivation {
    private final double alpha;

    public LeakyReLU(double alpha) {
        super("leaky_relu");
        Require.check(alpha >= 0 && Double.isFinite(alpha), name(), "alpha", "a finite number >= 0", alpha);
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
        return x > 0 ? 1 : alpha;
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
