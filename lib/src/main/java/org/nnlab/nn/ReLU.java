package org.nnlab.nn;

import org.nnlab.linalg.VectorApi;

/**
 * {@code y = max(0, x)}; {@code dy/dx = 1 if x > 0, else 0} (0 at the kink x = 0). NaN stays NaN
 * (forward and slope), so a broken input cannot hide behind a finite output. Its loops run on whole
 * vectors where the JVM has the Vector API ({@link ReluVectorLoop}), with the same results.
 */
public final class ReLU extends ElementwiseActivation {
    private static final boolean VECTOR = VectorApi.available();

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
    void applyAll(double[] in, double[] out, int from, int to) {
        super.applyAll(in, out, VECTOR ? ReluVectorLoop.forward(in, out, from, to) : from, to);
    }

    @Override
    void backwardAll(double[] dy, double[] x, double[] y, double[] dx, int from, int to) {
        super.backwardAll(dy, x, y, dx, VECTOR ? ReluVectorLoop.backward(dy, x, dx, from, to) : from, to);
    }

    @Override
    BaseLayer twin() {
        return new ReLU();
    }
}
