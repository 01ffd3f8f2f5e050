package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.linalg.Parallel;

/**
 * An activation applied to every entry on its own: {@code y = f(x)} forward,
 * {@code dx = dy * f'(x)} backward. Subclasses give f and f'. Takes any width. Long loops are
 * shared between threads ({@link Parallel}); each entry is computed alone, so the result does not
 * depend on the thread count.
 */
abstract class ElementwiseActivation extends BaseLayer {
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;

    ElementwiseActivation(String defaultName) {
        super(defaultName);
    }

    /** f(x). */
    public abstract double apply(double x);

    /** f'(x), given also y = f(x) (whichever is cheaper to use). */
    public abstract double derivative(double x, double y);

    @Override
    public int outputSize(int inputSize) {
        return inputSize;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        input = x;
        output.reshape(x.numRows, x.numCols);
        double[] in = x.data;
        double[] out = output.data;
        Parallel.forRange(x.getNumElements(), (from, to) -> applyAll(in, out, from, to));
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        double[] dy = gradOutput.data;
        double[] x = input.data;
        double[] y = output.data;
        double[] dx = gradInput.data;
        Parallel.forRange(gradOutput.getNumElements(), (from, to) -> backwardAll(dy, x, y, dx, from, to));
        return gradInput;
    }

    /** {@code out[i] = apply(in[i])} for i in [from, to); an override must compute the same values. */
    void applyAll(double[] in, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = apply(in[i]);
        }
    }

    /** {@code dx[i] = dy[i] * derivative(x[i], y[i])} for i in [from, to); an override must compute the same values. */
    void backwardAll(double[] dy, double[] x, double[] y, double[] dx, int from, int to) {
        for (int i = from; i < to; i++) {
            dx[i] = dy[i] * derivative(x[i], y[i]);
        }
    }
}
