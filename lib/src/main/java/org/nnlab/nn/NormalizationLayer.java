package org.nnlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * Normalize, then scale and shift per feature: {@code y_ij = gamma_j xhat_ij + beta_j}, where the
 * subclass computes {@code xhat} from {@code x} (over the batch or over the features).
 *
 * <p>Backward: {@code dgamma_j = sum_i dy_ij xhat_ij}, {@code dbeta_j = sum_i dy_ij},
 * {@code dxhat_ij = dy_ij gamma_j}, and the subclass maps dxhat to dx.
 *
 * <p>gamma ({@code 1 x features}, named {@code gamma}) starts at 1 and beta ({@code beta}) at 0,
 * at construction and again on {@link #initialize}, so these layers are always initialized.
 */
abstract class NormalizationLayer extends BaseLayer {
    private final int features;
    private final double eps;
    private final Param gamma;
    private final Param beta;
    private final DMatrixRMaj normalized = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradNormalized = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;

    NormalizationLayer(String defaultName, int features, double eps) {
        super(defaultName);
        Require.atLeast(defaultName, "features", features, 1);
        Require.positive(defaultName, "eps", eps);
        this.features = features;
        this.eps = eps;
        this.gamma = Param.trainable("gamma", Param.Role.SCALE, 1, features);
        this.beta = Param.trainable("beta", Param.Role.SHIFT, 1, features);
        gamma.value().fill(1);
    }

    /** Fills {@code xhat} (already shaped like {@code x}) with the normalized input. */
    abstract void normalize(DMatrixRMaj x, Mode mode, DMatrixRMaj xhat);

    /** Fills {@code gradInput} (already shaped) with dLoss/dx given dLoss/dxhat, for the last forward pass. */
    abstract void normalizeBackward(DMatrixRMaj gradXhat, DMatrixRMaj xhat, DMatrixRMaj gradInput);

    /** Resets any non-trainable state, on {@link #initialize}. */
    void resetState() {
    }

    public int features() {
        return features;
    }

    /** The constant added to the variance before the square root. */
    public double eps() {
        return eps;
    }

    /** The per-feature scale, {@code 1 x features}. */
    public Param gamma() {
        return gamma;
    }

    /** The per-feature shift, {@code 1 x features}. */
    public Param beta() {
        return beta;
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
        gamma.value().fill(1);
        beta.value().fill(0);
        resetState();
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        requireColumns(x, features);
        normalized.reshape(x.numRows, features);
        normalize(x, mode, normalized);
        input = x;
        output.reshape(x.numRows, features);
        double[] g = gamma.value().data;
        double[] b = beta.value().data;
        for (int row = 0, i = 0; row < x.numRows; row++) {
            for (int j = 0; j < features; j++, i++) {
                output.data[i] = g[j] * normalized.data[i] + b[j];
            }
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        double[] g = gamma.value().data;
        double[] dg = gamma.grad().data;
        double[] db = beta.grad().data;
        Arrays.fill(dg, 0);
        Arrays.fill(db, 0);
        gradNormalized.reshape(gradOutput.numRows, features);
        for (int row = 0, i = 0; row < gradOutput.numRows; row++) {
            for (int j = 0; j < features; j++, i++) {
                double dy = gradOutput.data[i];
                dg[j] += dy * normalized.data[i];
                db[j] += dy;
                gradNormalized.data[i] = dy * g[j];
            }
        }
        gradInput.reshape(gradOutput.numRows, features);
        normalizeBackward(gradNormalized, normalized, gradInput);
        return gradInput;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
