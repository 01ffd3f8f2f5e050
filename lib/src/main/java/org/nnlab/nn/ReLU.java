package org.nnlab.nn;

/**
 * {@code y = max(0, x)}; {@code dy/dx = 1 if x > 0, else 0} (0 at the kink x = 0). NaN stays NaN
 * (forward and slope), so a broken input cannot hide behind a finite output.
 */
public final class ReLU extends ElementwiseActivation {
    public ReLU() {
        super("relu");
    }

    @Override
    public double apply(double x) {
        return x <= 0 ? 0 : x;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0 ? 1 : x <= 0 ? 0 : Double.NaN;
    }

    @Override
    BaseLayer twin() {
        return new ReLU();
    }
}
