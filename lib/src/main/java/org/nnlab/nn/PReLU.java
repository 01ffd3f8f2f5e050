package org.nnlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * Parametric ReLU (He et al., 2015): a leaky ReLU whose negative slope is learned, one per feature.
 * <pre>
 *   y_ij = x_ij              if x_ij > 0
 *        = a_j x_ij          otherwise
 *   dx_ij = dy_ij            if x_ij > 0,  else a_j dy_ij
 *   da_j  = sum over rows i with x_ij <= 0 of dy_ij x_ij
 * </pre>
 * The slopes {@code a} ({@code 1 x features}, named {@code alpha}) start at 0.25, also after
 * {@link #initialize}.
 */
public final class PReLU extends BaseLayer {
    /** The initial slope, as in the paper. */
    public static final double INITIAL_SLOPE = 0.25;

    private final int features;
    private final Param slopes;
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;

    public PReLU(int features) {
        super("prelu");
        Require.atLeast(name(), "features", features, 1);
        this.features = features;
        this.slopes = Param.trainable("alpha", Param.Role.SLOPE, 1, features);
        slopes.value().fill(INITIAL_SLOPE);
    }

    /** The learned slopes, {@code 1 x features}. */
    public Param slopes() {
        return slopes;
    }

    @Override
    public int outputSize(int inputSize) {
        requireInputSize(inputSize, features);
        return features;
    }

    @Override
    public OptionalInt fixedInputSize() {
        return OptionalInt.of(features);
    }

    @Override
    void drawParameters(Rng rng) {
        slopes.value().fill(INITIAL_SLOPE);
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        requireColumns(x, features);
        input = x;
        output.reshape(x.numRows, features);
        double[] a = slopes.value().data;
        for (int row = 0, i = 0; row < x.numRows; row++) {
            for (int j = 0; j < features; j++, i++) {
                double v = x.data[i];
                output.data[i] = v > 0 ? v : a[j] * v;
            }
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        gradInput.reshape(gradOutput.numRows, features);
        double[] a = slopes.value().data;
        double[] da = slopes.grad().data;
        Arrays.fill(da, 0);
        for (int row = 0, i = 0; row < gradOutput.numRows; row++) {
            for (int j = 0; j < features; j++, i++) {
                double v = input.data[i];
                double g = gradOutput.data[i];
                if (v > 0) {
                    gradInput.data[i] = g;
                } else {
                    gradInput.data[i] = a[j] * g;
                    da[j] += g * v;
                }
            }
        }
        return gradInput;
    }

    @Override
    public List<Param> params() {
        return List.of(slopes);
    }

    @Override
    BaseLayer twin() {
        return new PReLU(features);
    }
}
