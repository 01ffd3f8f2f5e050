package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * Input scaling fitted on training data and applied unchanged to validation and test data:
 * {@code x' = (x - mean) / scale}. Per feature (each column its own statistics) or global (one mean
 * and scale for all features, e.g. for images). Statistics use the population standard deviation;
 * a feature with zero spread keeps scale 1.
 *
 * <p>Per-feature scaling divides a nearly constant feature (e.g. a border pixel that is non-zero in
 * a handful of training images) by a tiny standard deviation, so a slightly different value in new
 * data becomes huge; {@link #perFeature(Dataset, double)} puts a floor under the scale.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Mean 0 and standard deviation 1 per feature on {@code train}. */
    public static Standardizer perFeature(Dataset train) {
        return fit("Standardizer.perFeature", train, true, true, 0);
    }

    /**
     * Per feature, dividing by {@code max(std, minScale)}: features whose spread is below
     * {@code minScale} are only centred and shrunk by {@code minScale}, not blown up.
     * {@code minScale} must be finite and positive (e.g. 0.1 for pixels in [0, 1]).
     */
    public static Standardizer perFeature(Dataset train, double minScale) {
        Require.positive("Standardizer.perFeature", "minScale", minScale);
        return fit("Standardizer.perFeature", train, true, true, minScale);
    }

    /** One mean and standard deviation over all features. */
    public static Standardizer global(Dataset train) {
        return fit("Standardizer.global", train, false, true, 0);
    }

    /** Mean subtraction only, per feature (the images recipe: no rescaling). */
    public static Standardizer meanOnly(Dataset train) {
        return fit("Standardizer.meanOnly", train, true, false, 0);
    }

    /** Min-max scaling of every feature to [0, 1] on {@code train}. */
    public static Standardizer minMax(Dataset train) {
        DMatrixRMaj x = fittable("Standardizer.minMax", train);
        double[] low = new double[x.numCols];
        double[] range = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.numRows; i++) {
                min = Math.min(min, x.data[i * x.numCols + j]);
                max = Math.max(max, x.data[i * x.numCols + j]);
            }
            low[j] = min;
            range[j] = max > min ? max - min : 1;
        }
        return new Standardizer(low, range);
    }

    /** The inputs of {@code train}, checked to have rows and only finite values. */
    private static DMatrixRMaj fittable(String owner, Dataset train) {
        Require.notNull(owner, "train", train);
        Require.that(train.size() > 0, owner, "train", "a dataset with at least one row", train.name() + " with 0 rows",
                "fit on the training data, not on an empty subset");
        Require.allFinite(owner, train.name() + "'s inputs", train.x());
        return train.x();
    }

    private static Standardizer fit(String owner, Dataset train, boolean perFeature, boolean rescale, double minScale) {
        DMatrixRMaj x = fittable(owner, train);
        int groups = perFeature ? x.numCols : 1;
        double[] sum = new double[groups];
        double[] sumSquares = new double[groups];
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                double v = x.data[i * x.numCols + j];
                sum[perFeature ? j : 0] += v;
                sumSquares[perFeature ? j : 0] += v * v;
            }
        }
        double count = perFeature ? x.numRows : (double) x.numRows * x.numCols;
        double[] mean = new double[x.numCols];
        double[] scale = new double[x.numCols];
        for (int j = 0; j < x.numCols; j++) {
            int g = perFeature ? j : 0;
            mean[j] = sum[g] / count;
            double variance = Math.max(0, sumSquares[g] / count - mean[j] * mean[j]);
            scale[j] = rescale ? scaleFor(variance, minScale) : 1;
        }
        return new Standardizer(mean, scale);
    }

    /** The standard deviation, floored at {@code minScale} if that is positive, else 1 for a zero spread. */
    private static double scaleFor(double variance, double minScale) {
        if (minScale > 0) {
            return Math.max(Math.sqrt(variance), minScale);
        }
        return variance > 1e-24 ? Math.sqrt(variance) : 1;
    }

    /** A new dataset with the fitted transformation applied to its inputs. */
    public Dataset apply(Dataset data) {
        Require.that(data.numFeatures() == mean.length, "Standardizer.apply", "the number of features of " + data.name(),
                mean.length + " (what the standardizer was fitted on)", data.numFeatures());
        DMatrixRMaj x = data.x().copy();
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                int k = i * x.numCols + j;
                x.data[k] = (x.data[k] - mean[j]) / scale[j];
            }
        }
        return data.withInputs(x);
    }

    /** The fitted means, one per feature. */
    public double[] mean() {
        return mean.clone();
    }

    /** The fitted scales (standard deviations or ranges), one per feature. */
    public double[] scale() {
        return scale.clone();
    }
}
