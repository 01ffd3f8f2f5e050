package org.nnlab.train;

import java.util.List;
import org.nnlab.check.Require;

/**
 * One {@link History} column over several runs (e.g. seeds), epoch by epoch: the mean and the band
 * mean +- 1 sample standard deviation ({@link Spread}), over the epochs every run reached.
 * {@code epochs} counts from 1.
 */
public record EpochBand(double[] epochs, double[] mean, double[] low, double[] high) {

    /** The band of {@code column} over {@code runs} (at least one). */
    public static EpochBand of(List<History> runs, String column) {
        Require.that(!runs.isEmpty(), "EpochBand.of", "runs", "at least one history", "none");
        int count = runs.stream().mapToInt(History::size).min().orElseThrow();
        double[] epochs = new double[count];
        double[] mean = new double[count];
        double[] low = new double[count];
        double[] high = new double[count];
        for (int e = 0; e < count; e++) {
            int epoch = e;
            Spread spread = Spread.of(runs.stream().mapToDouble(h -> h.column(column)[epoch]).toArray());
            epochs[e] = e + 1;
            mean[e] = spread.mean();
            low[e] = spread.mean() - spread.sd();
            high[e] = spread.mean() + spread.sd();
        }
        return new EpochBand(epochs, mean, low, high);
    }
}
