package org.nnlab.probe;

import java.util.HashMap;
import java.util.Map;

/**
 * How much of the per-step loss variance is explained by the step's position within its epoch.
 *
 * <p>Each step's residual is its loss minus its epoch's mean loss. The profile is the mean residual
 * at each position, over epochs. The share is var(profile at each step's position) / var(residual).
 * With data shuffled every epoch the profile is noise and the share is about 1/epochs; with the same
 * order every epoch (e.g. sorted by class) the same batches come at the same positions and the share
 * approaches 1.
 */
record PeriodicShare(double value, int epochs) {

    static PeriodicShare of(int[] epochOf, double[] loss) {
        Map<Integer, double[]> sums = new HashMap<>(); // epoch -> {sum, count}
        for (int i = 0; i < loss.length; i++) {
            double[] s = sums.computeIfAbsent(epochOf[i], k -> new double[2]);
            s[0] += loss[i];
            s[1]++;
        }
        int[] position = new int[loss.length];
        double[] residual = new double[loss.length];
        int maxPosition = 0;
        for (int i = 0; i < loss.length; i++) {
            position[i] = i == 0 || epochOf[i] != epochOf[i - 1] ? 0 : position[i - 1] + 1;
            maxPosition = Math.max(maxPosition, position[i]);
            double[] s = sums.get(epochOf[i]);
            residual[i] = loss[i] - s[0] / s[1];
        }
        double[] profileSum = new double[maxPosition + 1];
        int[] profileCount = new int[maxPosition + 1];
        for (int i = 0; i < loss.length; i++) {
            profileSum[position[i]] += residual[i];
            profileCount[position[i]]++;
        }
        double total = 0;
        double explained = 0;
        for (int i = 0; i < loss.length; i++) {
            double p = profileSum[position[i]] / profileCount[position[i]];
            total += residual[i] * residual[i];
            explained += p * p;
        }
        return new PeriodicShare(total == 0 ? 0 : explained / total, sums.size());
    }
}
