package org.nnlab.nn;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * Batch normalization (Ioffe and Szegedy, 2015), per feature (column), followed by a learned
 * scale gamma and shift beta.
 *
 * <p><b>TRAIN</b> normalizes with the batch's own statistics over its n rows, using the
 * <em>biased</em> variance (divide by n):
 * <pre>
 *   mu_j = (1/n) sum_i x_ij,   var_j = (1/n) sum_i (x_ij - mu_j)^2,   xhat_ij = (x_ij - mu_j) / sqrt(var_j + eps)
 *   dx_ij = 1/sqrt(var_j + eps) * (dxhat_ij - (1/n) sum_k dxhat_kj - xhat_ij (1/n) sum_k dxhat_kj xhat_kj)
 * </pre>
 * and then updates the running estimates, with the <em>unbiased</em> variance (divide by n - 1)
 * as PyTorch does:
 * <pre>
 *   runningMean = momentum * runningMean + (1 - momentum) * mu
 *   runningVar  = momentum * runningVar  + (1 - momentum) * var * n / (n - 1)
 * </pre>
 * {@code momentum} is the weight of the <em>old</em> running value (Keras' convention). The default
 * 0.9 equals PyTorch's default {@code momentum=0.1} (PyTorch's momentum = 1 - ours); Keras'
 * default is 0.99. TRAIN needs at least 2 rows.
 *
 * <p><b>EVAL</b> is the fixed affine map {@code y = gamma (x - runningMean) / sqrt(runningVar + eps) + beta}
 * and changes nothing; its backward is {@code dx = dy gamma / sqrt(runningVar + eps)}.
 *
 * <p>The running mean starts at 0 and the running variance at 1 (state named {@code running_mean}
 * and {@code running_var}, saved with the model), reset by {@link #initialize} together with
 * gamma = 1 and beta = 0.
 */
public final class BatchNorm extends NormalizationLayer {
    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final double DEFAULT_EPS = 1e-5;

    private final double momentum;
    private final Param runningMean;
    private final Param runningVariance;
    /** Per feature, for the last forward pass: the mean and 1 / sqrt(variance + eps) used. */
    private final double[] mean;
    private final double[] invStd;
    private final double[] batchVariance;
    /** Per feature, backward scratch: column means of dxhat and of dxhat .* xhat. */
    private final double[] meanGrad;
    private final double[] meanGradXhat;
    private Mode lastMode;

    /** Batch norm with momentum {@value #DEFAULT_MOMENTUM} and eps {@value #DEFAULT_EPS}. */
    public BatchNorm(int features) {
        this(features, DEFAULT_MOMENTUM, DEFAULT_EPS);
    }

    /** {@code momentum} in (0, 1) is the weight of the old running value; {@code eps > 0}. */
    public BatchNorm(int features, double momentum, double eps) {
        super("batch_norm", features, eps);
        Require.openFraction(name(), "momentum", momentum);
        this.momentum = momentum;
        this.runningMean = Param.state("running_mean", 1, features);
        this.runningVariance = Param.state("running_var", 1, features);
        this.mean = new double[features];
        this.invStd = new double[features];
        this.batchVariance = new double[features];
        this.meanGrad = new double[features];
        this.meanGradXhat = new double[features];
        resetState();
    }

    /** The weight of the old running value in each update. */
    public double momentum() {
        return momentum;
    }

    /** The running mean, {@code 1 x features}. */
    public DMatrixRMaj runningMean() {
        return runningMean.value();
    }

    /** The running (unbiased) variance, {@code 1 x features}. */
    public DMatrixRMaj runningVariance() {
        return runningVariance.value();
    }

    @Override
    void resetState() {
        runningMean.value().fill(0);
        runningVariance.value().fill(1);
    }

    @Override
    void normalize(DMatrixRMaj x, Mode mode, DMatrixRMaj xhat) {
        lastMode = mode;
        if (mode == Mode.TRAIN) {
            useBatchStatistics(x);
        } else {
            useRunningStatistics();
        }
        int d = features();
        for (int row = 0, i = 0; row < x.numRows; row++) {
            for (int j = 0; j < d; j++, i++) {
                xhat.data[i] = (x.data[i] - mean[j]) * invStd[j];
            }
        }
    }

    private void useBatchStatistics(DMatrixRMaj x) {
        int n = x.numRows;
        Require.that(n >= 2, name(), "a TRAIN batch", "at least 2 rows (a variance needs two)", shape(x),
                "use Mode.EVAL for single examples, or a batch size that leaves no batch of one row");
        int d = features();
        computeColumnMeanAndVariance(x);
        double[] runMean = runningMean.value().data;
        double[] runVar = runningVariance.value().data;
        for (int j = 0; j < d; j++) {
            invStd[j] = 1 / Math.sqrt(batchVariance[j] + eps());
            runMean[j] = momentum * runMean[j] + (1 - momentum) * mean[j];
            runVar[j] = momentum * runVar[j] + (1 - momentum) * batchVariance[j] * n / (n - 1);
        }
    }

    /** Fills {@link #mean} with the column means and {@link #batchVariance} with the biased variances. */
    private void computeColumnMeanAndVariance(DMatrixRMaj x) {
        int n = x.numRows;
        int d = features();
        Arrays.fill(mean, 0);
        Arrays.fill(batchVariance, 0);
        for (int row = 0, i = 0; row < n; row++) {
            for (int j = 0; j < d; j++, i++) {
                mean[j] += x.data[i];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int row = 0, i = 0; row < n; row++) {
            for (int j = 0; j < d; j++, i++) {
                double centered = x.data[i] - mean[j];
                batchVariance[j] += centered * centered;
            }
        }
        for (int j = 0; j < d; j++) {
            batchVariance[j] /= n;
        }
    }

    private void useRunningStatistics() {
        double[] runMean = runningMean.value().data;
        double[] runVar = runningVariance.value().data;
        for (int j = 0; j < features(); j++) {
            mean[j] = runMean[j];
            invStd[j] = 1 / Math.sqrt(runVar[j] + eps());
        }
    }

    @Override
    void normalizeBackward(DMatrixRMaj gradXhat, DMatrixRMaj xhat, DMatrixRMaj gradInput) {
        int d = features();
        int n = gradXhat.numRows;
        Arrays.fill(meanGrad, 0);
        Arrays.fill(meanGradXhat, 0);
        // in EVAL the statistics do not depend on x, so the two mean terms stay zero
        if (lastMode == Mode.TRAIN) {
            for (int row = 0, i = 0; row < n; row++) {
                for (int j = 0; j < d; j++, i++) {
                    meanGrad[j] += gradXhat.data[i] / n;
                    meanGradXhat[j] += gradXhat.data[i] * xhat.data[i] / n;
                }
            }
        }
        for (int row = 0, i = 0; row < n; row++) {
            for (int j = 0; j < d; j++, i++) {
                gradInput.data[i] = invStd[j] * (gradXhat.data[i] - meanGrad[j] - xhat.data[i] * meanGradXhat[j]);
            }
        }
    }

    @Override
    public List<Param> state() {
        return List.of(runningMean, runningVariance);
    }

    @Override
    BaseLayer twin() {
        return new BatchNorm(features(), momentum, eps());
    }

    @Override
    public String toString() {
        return super.toString() + " momentum " + momentum + " eps " + eps();
    }
}
