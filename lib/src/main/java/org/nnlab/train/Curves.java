package org.nnlab.train;

/** Reading a learning curve: when it first reached a target. */
final class Curves {
    private Curves() {
    }

    /**
     * The 1-based position of the first value at or beyond {@code target} (at least it when
     * {@code higherIsBetter}, at most it otherwise), or -1 if none is; NaN never reaches a target.
     */
    static int firstReaching(double[] values, double target, boolean higherIsBetter) {
        for (int i = 0; i < values.length; i++) {
            if (higherIsBetter ? values[i] >= target : values[i] <= target) {
                return i + 1;
            }
        }
        return -1;
    }
}
