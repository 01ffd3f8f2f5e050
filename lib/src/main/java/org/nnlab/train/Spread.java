package org.nnlab.train;

import java.util.Arrays;
import java.util.Locale;

/**
 * The mean and spread of one figure over several runs (e.g. seeds): {@code mean}, the sample
 * standard deviation {@code sd} (divisor n - 1; 0 for a single run), and the number of runs.
 */
public record Spread(double mean, double sd, int count) {

    /** The spread of {@code values} (at least one). */
    public static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value, got none");
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return new Spread(mean, values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0, values.length);
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
