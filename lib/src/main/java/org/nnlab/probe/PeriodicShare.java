package org.nnlab.probe;

import java.util.HashMap;
import java.util.Map;

/**
 * How much of the per-step loss variance is explained by the step's position within its epoch,
 * beyond what chance explains.
 *
 * <p>A classical additive decomposition with the epoch length {@code P} as the period: the trend
 * is the centered moving average over one epoch (for even {@code P} the usual 2xP average, with
 * half weights at both ends), so it follows the falling loss but averages any within-epoch pattern
 * away. Each step with a full window gets the residual loss minus trend; the profile is the mean
 * residual at each position; the raw share is var(profile at each step's position) / var(residual).
 * With {@code k} residuals per position, noise alone gives a raw share of about
 * {@code c = (P - 1) / (N - 1)}, so the value reported is {@code (raw - c) / (1 - c)}, at least 0.
 *
 * <p>Data shuffled every epoch: a value near 0, however steeply the loss falls within an epoch.
 * The same order every epoch (e.g. sorted by class): the same batches come at the same positions
 * and the value approaches 1. Fewer than 3 epochs give 0.
 */
record PeriodicShare(double value, int epochs) {

    static PeriodicShare of(int[] epochOf, double[] loss) {
        Map<Integer, Integer> stepsPerEpoch = new HashMap<>();
        for (int epoch : epochOf) {
            stepsPerEpoch.merge(epoch, 1, Integer::sum);
        }
        int epochs = stepsPerEpoch.size();
        int period = epochOf.length == 0 ? 0 : stepsPerEpoch.get(epochOf[0]);
        if (epochs < 3 || period < 2) {
            return new PeriodicShare(0, epochs);
        }
        int[] position = new int[loss.length];
        for (int i = 1; i < loss.length; i++) {
            position[i] = epochOf[i] != epochOf[i - 1] ? 0 : position[i - 1] + 1;
        }
        int half = period / 2;
        int first = half;
        int last = loss.length - 1 - half;
        double[] residual = new double[loss.length];
        double residualMean = 0;
        for (int i = first; i <= last; i++) {
            residual[i] = loss[i] - trend(loss, i, period);
            residualMean += residual[i];
        }
        int used = last - first + 1;
        residualMean /= used;
        int positions = 0;
        for (int p : position) {
            positions = Math.max(positions, p + 1);
        }
        double[] profileSum = new double[positions];
        int[] profileCount = new int[positions];
        for (int i = first; i <= last; i++) {
            profileSum[position[i]] += residual[i] - residualMean;
            profileCount[position[i]]++;
        }
        double total = 0;
        double explained = 0;
        for (int i = first; i <= last; i++) {
            double centered = residual[i] - residualMean;
            double profile = profileSum[position[i]] / profileCount[position[i]];
            total += centered * centered;
            explained += profile * profile;
        }
        double raw = total == 0 ? 0 : explained / total;
        double chance = (period - 1) / (double) (used - 1);
        return new PeriodicShare(Math.max(0, (raw - chance) / (1 - chance)), epochs);
    }

    /** The centered moving average over one period around step i (2xP weights for an even period). */
    private static double trend(double[] loss, int i, int period) {
        int half = period / 2;
        double sum = 0;
        for (int j = i - half; j <= i + half; j++) {
            boolean end = period % 2 == 0 && (j == i - half || j == i + half);
            sum += end ? 0.5 * loss[j] : loss[j];
        }
        return sum / period;
    }
}
