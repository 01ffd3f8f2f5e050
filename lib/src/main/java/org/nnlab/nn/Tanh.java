package org.nnlab.nn;

/** {@code y = tanh(x)}; {@code dy/dx = 1 - y^2}. Saturates at -1 and 1. */
public final class Tanh extends ElementwiseActivation {
    public Tanh() {
        super("tanh");
    }

    @Override
    public double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x, double y) {
        return 1 - y * y;
    }

    @Override
    BaseLayer twin() {
        return new Tanh();
    }
}
