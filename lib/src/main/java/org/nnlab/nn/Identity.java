package org.nnlab.nn;

/** {@code y = x}; {@code dy/dx = 1}. A placeholder, e.g. a "no activation" arm of an experiment. */
public final class Identity extends ElementwiseActivation {
    public Identity() {
        super("identity");
    }

    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double derivative(double x, double y) {
        return 1;
    }

    @Override
    BaseLayer twin() {
        return new Identity();
    }
}
