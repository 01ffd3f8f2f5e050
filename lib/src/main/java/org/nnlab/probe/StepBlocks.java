package org.nnlab.probe;

import java.util.Arrays;

/**
 * The per-step training loss smoothed for reading the start of a run: the steps before the first
 * non-finite loss, cut into at most {@value #COUNT} consecutive blocks of equal length
 * {@code ceil(steps / COUNT)} (the last steps that do not fill a block are dropped), each replaced by
 * its mean. With at most {@value #COUNT} steps, every step is its own block.
 *
 * @param means the block means, in order
 * @param blockSize the steps per block
 */
record StepBlocks(double[] means, int blockSize) {
    static final int COUNT = 40;

    static StepBlocks of(double[] stepLoss) {
        int finite = 0;
        while (finite < stepLoss.length && Double.isFinite(stepLoss[finite])) {
            finite++;
        }
        int size = Math.max(1, (finite + COUNT - 1) / COUNT);
        double[] means = new double[finite / size];
        for (int b = 0; b < means.length; b++) {
            means[b] = Arrays.stream(stepLoss, b * size, (b + 1) * size).average().orElseThrow();
        }
        return new StepBlocks(means, size);
    }

    int count() {
        return means.length;
    }

    /** The first block's mean: where the run started. */
    double start() {
        return means[0];
    }

    /** The index of the first block whose mean is below {@code level}; {@link #count()} if none is. */
    int firstBelow(double level) {
        int b = 0;
        while (b < means.length && means[b] >= level) {
            b++;
        }
        return b;
    }

    /** The index of the first block whose mean is outside [{@code low}, {@code high}]; {@link #count()} if none is. */
    int firstOutside(double low, double high) {
        int b = 0;
        while (b < means.length && means[b] >= low && means[b] <= high) {
            b++;
        }
        return b;
    }

    /** The mean of the block means from {@code from} (inclusive) to {@code to} (exclusive). */
    double mean(int from, int to) {
        return Arrays.stream(means, from, to).average().orElseThrow();
    }
}
