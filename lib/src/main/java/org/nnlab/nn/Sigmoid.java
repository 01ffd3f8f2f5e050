package org.nnlab.nn;

/** The logistic function {@code y = 1 / (1 + e^-x)}; {@code dy/dx = y (1 - y)}. Saturates at 0 and 1. */
public final class Sigmoid extends ElementwiseActivation {
    public Sigmoid() {
        super("sigmoid");
    }

    @Override
    public double apply(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    @Override
    public double derivative(double x, double y) {
        return y * (1 - y);
    }

    @Override
    BaseLayer twin() {
        return new Sigmoid();
    }
}
