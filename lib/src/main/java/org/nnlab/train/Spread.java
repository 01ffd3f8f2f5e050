package org.nnlab.train;

import java.util.Arrays;
import java.util.Locale;
import org.nnlab.check.Require;

/**
 * The mean and spread of one figure over several runs (e.g. seeds) or layers: {@code mean}, the
 * sample standard deviation {@code sd} (divisor n - 1; 0 for a single value), the number of values,
 * and the smallest and largest value.
 */
public record Spread(double mean, double sd, int count, double min, double max) {

    /** The spread of {@code values} (at least one). */
    public static Spread of(double... values) {
        Require.that(values.length > 0, "Spread.of", "values", "at least one value", "none");
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return new Spread(mean, values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0, values.length,
                Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
    }

    /** {@code max - min}. */
    public double range() {
        return max - min;
    }

    /** {@code max / min}, e.g. how many times the largest layer gradient exceeds the smallest. */
    public double ratio() {
        return max / min;
    }

    /** {@code sd / |mean|}, the coefficient of variation. */
    public double relativeSd() {
        return sd / Math.abs(mean);
    }

    @Override
    public String toString() {
        return count == 1 ? String.format(Locale.ROOT, "%.4g", mean)
                : String.format(Locale.ROOT, "%.4g ± %.2g (%d runs)", mean, sd, count);
    }
}
