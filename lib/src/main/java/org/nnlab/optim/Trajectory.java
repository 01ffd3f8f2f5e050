package org.nnlab.optim;

import org.nnlab.check.Require;

/**
 * The points an optimizer visited on a {@link Surface}: {@code x[t], y[t], loss[t]} before step
 * {@code t} (index 0 is the start, the last index is after the last step) and {@code rates[t]}, the
 * learning rate of step {@code t} (one fewer). The arrays are the trajectory's own; do not change them.
 */
public record Trajectory(double[] x, double[] y, double[] loss, double[] rates) {
    public Trajectory {
        Require.that(x.length == rates.length + 1 && y.length == x.length && loss.length == x.length, "Trajectory",
                "x, y, loss and rates", "one point more than rates", x.length + ", " + y.length + ", " + loss.length + " points, " + rates.length + " rates");
    }

    /** The number of steps taken. */
    public int steps() {
        return rates.length;
    }

    /** The first step index {@code t} whose loss is below {@code target} (0 if the start is), or -1 if none is. */
    public int stepsTo(double target) {
        for (int t = 0; t < loss.length; t++) {
            if (loss[t] < target) {
                return t;
            }
        }
        return -1;
    }

    /** The loss after the last step. */
    public double lastLoss() {
        return loss[loss.length - 1];
    }

    /** The Euclidean distance of every point from {@code (x0, y0)}. */
    public double[] distanceFrom(double x0, double y0) {
        double[] distance = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            distance[t] = Math.hypot(x[t] - x0, y[t] - y0);
        }
        return distance;
    }
}
