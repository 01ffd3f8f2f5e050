package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * An activation applied to every entry on its own: {@code y = f(x)} forward,
 * {@code dx = dy * f'(x)} backward. Subclasses give f and f'. Takes any width.
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
        for (int i = 0; i < x.getNumElements(); i++) {
            output.data[i] = apply(x.data[i]);
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        for (int i = 0; i < gradOutput.getNumElements(); i++) {
            gradInput.data[i] = gradOutput.data[i] * derivative(input.data[i], output.data[i]);
        }
        return gradInput;
    }
}
