package org.nnlab.plot;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * Equal-width histogram bins over a fixed range [low, high], so that histograms of different layers,
 * steps or runs share their bins and can be compared bar by bar.
 *
 * <p>Bin {@code i} covers {@code [low + i w, low + (i + 1) w)} with {@code w = (high - low) / count};
 * the last bin also holds {@code high}. Values below {@code low} count in the first bin and values
 * above {@code high} in the last (as when a plot clips its axis), so the fractions of finite values
 * sum to 1; NaN counts in no bin. Choose a range that covers the data ({@link #covering}) when
 * clipping would mislead.
 */
public final class Bins {
    /** Bin count of {@link #covering(double[]...)}. */
    public static final int DEFAULT_COUNT = 40;

    private final double low;
    private final double high;
    private final int count;

    private Bins(double low, double high, int count) {
        Require.that(Double.isFinite(low) && Double.isFinite(high) && low < high, "Bins", "the range",
                "finite, with low < high", "[" + low + ", " + high + "]");
        Require.atLeast("Bins", "count", count, 1);
        this.low = low;
        this.high = high;
        this.count = count;
    }

    /** {@code count} equal bins over [low, high]; e.g. {@code Bins.of(-1, 1, 41)} for tanh outputs, one bin centred on 0. */
    public static Bins of(double low, double high, int count) {
        return new Bins(low, high, count);
    }

    /** {@value #DEFAULT_COUNT} equal bins from the smallest to the largest finite value in all the arrays. */
    public static Bins covering(double[]... values) {
        return covering(DEFAULT_COUNT, values);
    }

    /**
     * {@code count} equal bins from the smallest to the largest finite value in all the arrays; if all
     * values are equal, a range of width 1 centred on that value.
     */
    public static Bins covering(int count, double[]... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] array : values) {
            for (double v : array) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            throw new IllegalArgumentException(Require.message("Bins.covering", "the values", "at least one finite number",
                    "none", "or give the range yourself: Bins.of(low, high, count)"));
        }
        return min < max ? new Bins(min, max, count) : new Bins(min - 0.5, max + 0.5, count);
    }

    /** Bins covering every entry of the matrices (e.g. the outputs of all layers), as {@link #covering(int, double[]...)}. */
    public static Bins covering(int count, DMatrixRMaj... matrices) {
        return covering(count, Arrays.stream(matrices).map(Bins::entries).toArray(double[][]::new));
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public int count() {
        return count;
    }

    /** Width of every bin, {@code (high - low) / count}. */
    public double width() {
        return (high - low) / count;
    }

    /** Centre of each bin, {@code low + (i + 0.5) width}. */
    public double[] centers() {
        double[] centers = new double[count];
        for (int i = 0; i < count; i++) {
            centers[i] = low + (i + 0.5) * width();
        }
        return centers;
    }

    /** The bin a value counts in (clipped to the first or last bin), or -1 for NaN. */
    public int indexOf(double value) {
        if (Double.isNaN(value)) {
            return -1;
        }
        int index = (int) Math.floor((value - low) / width());
        return Math.max(0, Math.min(count - 1, index));
    }

    /** Number of values in each bin. */
    public long[] counts(double[] values) {
        long[] counts = new long[count];
        for (double v : values) {
            int bin = indexOf(v);
            if (bin >= 0) {
                counts[bin]++;
            }
        }
        return counts;
    }

    /** Share of all values in each bin (sums to 1 unless some values are NaN). */
    public double[] fractions(double[] values) {
        Require.that(values.length > 0, "Bins.fractions", "values", "at least one value", "none");
        long[] counts = counts(values);
        double[] fractions = new double[count];
        for (int i = 0; i < count; i++) {
            fractions[i] = counts[i] / (double) values.length;
        }
        return fractions;
    }

    /** Share of a matrix's entries in each bin. */
    public double[] fractions(DMatrixRMaj values) {
        return fractions(entries(values));
    }

    private static double[] entries(DMatrixRMaj matrix) {
        return Arrays.copyOf(matrix.data, matrix.getNumElements());
    }

    @Override
    public String toString() {
        return count + " bins over [" + low + ", " + high + "]";
    }
}
