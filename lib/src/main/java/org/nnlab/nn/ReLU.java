package org.nnlab.nn;

/** {@code y = max(0, x)}; {@code dy/dx = 1 if x > 0, else 0} (0 at the kink x = 0). */
public final class ReLU extends ElementwiseActivation {
    public ReLU() {
        super("relu");
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : 0;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0 ? 1 : 0;
    }

    @Override
    BaseLayer twin() {
        return new ReLU();
    }
}
