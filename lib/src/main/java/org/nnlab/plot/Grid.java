package org.nnlab.plot;

import org.nnlab.check.Require;

/** Evenly spaced points to draw a function on (numpy's {@code linspace}). */
public final class Grid {
    private Grid() {
    }

    /** {@code points} values from {@code from} to {@code to}, both included, evenly spaced ({@code from < to}, at least 2 points). */
    public static double[] of(double from, double to, int points) {
        if (!(to > from)) {
            throw new IllegalArgumentException("Grid.of: need from < to, got from " + from + ", to " + to
                    + "; swap them or widen the range");
        }
        Require.atLeast("Grid.of", "points", points, 2);
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = from + (to - from) * i / (points - 1);
        }
        return x;
    }
}
