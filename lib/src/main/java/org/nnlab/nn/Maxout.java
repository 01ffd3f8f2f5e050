package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * The max over groups of {@code pieces} consecutive inputs (Goodfellow et al., 2013): after a
 * {@link Dense} layer of {@code units * pieces} outputs, unit {@code j} is
 * {@code y_j = max_p x_(j*pieces + p)}, the largest of {@code pieces} linear functions of the
 * layer's input, so it learns its own piecewise-linear, convex activation (ReLU is the maxout of
 * {@code w.x + b} and the constant 0; leaky ReLU of {@code z} and {@code alpha z}).
 * {@link SequentialBuilder#maxout} adds both layers.
 *
 * <p>Backward: the gradient of {@code y_j} goes to the input that was largest, all others get 0
 * (on a tie, the first of the largest).
 */
public final class Maxout extends BaseLayer {
    private final int pieces;
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;
    private int[] winners = new int[0];

    /** Max over groups of {@code pieces >= 2} consecutive inputs. */
    public Maxout(int pieces) {
        super("maxout");
        this.pieces = Require.atLeast("Maxout", "pieces", pieces, 2);
    }

    public int pieces() {
        return pieces;
    }

    @Override
    public int outputSize(int inputSize) {
        Require.that(inputSize % pieces == 0, name(), "the input width", "a multiple of pieces = " + pieces, inputSize,
                "give the Dense layer before it units * pieces outputs");
        return inputSize / pieces;
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        int units = outputSize(x.numCols);
        input = x;
        output.reshape(x.numRows, units);
        if (winners.length < output.getNumElements()) {
            winners = new int[output.getNumElements()];
        }
        for (int k = 0; k < output.getNumElements(); k++) {
            int first = k * pieces;   // row-major: output (i, j) is k = i * units + j, its group starts at x(i, j * pieces)
            int best = first;
            for (int p = first + 1; p < first + pieces; p++) {
                if (x.data[p] > x.data[best]) {
                    best = p;
                }
            }
            winners[k] = best;
            output.data[k] = x.data[best];
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        gradInput.reshape(input.numRows, input.numCols);
        gradInput.zero();
        for (int k = 0; k < output.getNumElements(); k++) {
            gradInput.data[winners[k]] = gradOutput.data[k];
        }
        return gradInput;
    }

    @Override
    BaseLayer twin() {
        return new Maxout(pieces);
    }

    @Override
    public String toString() {
        return super.toString() + " of " + pieces + " pieces";
    }
}
