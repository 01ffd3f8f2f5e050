package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer normalization (Ba et al., 2016): each example (row) is normalized over its d features,
 * with the biased variance, then scaled and shifted per feature. The same in TRAIN and EVAL; no
 * running state.
 * <pre>
 *   mu_i = (1/d) sum_j x_ij,   var_i = (1/d) sum_j (x_ij - mu_i)^2,   xhat_ij = (x_ij - mu_i) / sqrt(var_i + eps)
 *   y_ij = gamma_j xhat_ij + beta_j
 *   dx_ij = 1/sqrt(var_i + eps) * (dxhat_ij - (1/d) sum_k dxhat_ik - xhat_ij (1/d) sum_k dxhat_ik xhat_ik)
 * </pre>
 */
public final class LayerNorm extends NormalizationLayer {
    public static final double DEFAULT_EPS = 1e-5;

    /** Per row of the last forward pass: 1 / sqrt(var_i + eps); grows with the batch. */
    private double[] invStd = new double[0];

    /** Layer norm with eps {@value #DEFAULT_EPS}. */
    public LayerNorm(int features) {
        this(features, DEFAULT_EPS);
    }

    public LayerNorm(int features, double eps) {
        super("layer_norm", features, eps);
    }

    @Override
    void normalize(DMatrixRMaj x, Mode mode, DMatrixRMaj xhat) {
        int d = features();
        if (invStd.length < x.numRows) {
            invStd = new double[x.numRows];
        }
        for (int row = 0; row < x.numRows; row++) {
            int offset = row * d;
            double mean = 0;
            for (int j = 0; j < d; j++) {
                mean += x.data[offset + j];
            }
            mean /= d;
            double variance = 0;
            for (int j = 0; j < d; j++) {
                double centered = x.data[offset + j] - mean;
                variance += centered * centered;
            }
            invStd[row] = 1 / Math.sqrt(variance / d + eps());
            for (int j = 0; j < d; j++) {
                xhat.data[offset + j] = (x.data[offset + j] - mean) * invStd[row];
            }
        }
    }

    @Override
    void normalizeBackward(DMatrixRMaj gradXhat, DMatrixRMaj xhat, DMatrixRMaj gradInput) {
        int d = features();
        for (int row = 0; row < gradXhat.numRows; row++) {
            int offset = row * d;
            double meanGrad = 0;
            double meanGradXhat = 0;
            for (int j = 0; j < d; j++) {
                meanGrad += gradXhat.data[offset + j];
                meanGradXhat += gradXhat.data[offset + j] * xhat.data[offset + j];
            }
            meanGrad /= d;
            meanGradXhat /= d;
            for (int j = 0; j < d; j++) {
                gradInput.data[offset + j] = invStd[row]
                        * (gradXhat.data[offset + j] - meanGrad - xhat.data[offset + j] * meanGradXhat);
            }
        }
    }

    @Override
    BaseLayer twin() {
        return new LayerNorm(features(), eps());
    }

    @Override
    public String toString() {
        return super.toString() + " eps " + eps();
    }
}
