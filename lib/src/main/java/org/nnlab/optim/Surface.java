package org.nnlab.optim;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/**
 * A loss of two variables with its exact gradient, small enough to draw every step an optimizer
 * takes on it: {@link #descend} runs any {@link Optimizer} from a start point and records the path.
 *
 * <pre>{@code
 * Trajectory path = Surface.valley(50).descend(Optimizers.momentum(0.57), 0.08, -4, 0.5, 150);
 * path.stepsTo(1e-3)   // first step with L < 0.001
 * }</pre>
 */
public final class Surface {
    private final String formula;
    private final DoubleBinaryOperator loss;
    private final DoubleBinaryOperator dLdx;
    private final DoubleBinaryOperator dLdy;

    private Surface(String formula, DoubleBinaryOperator loss, DoubleBinaryOperator dLdx, DoubleBinaryOperator dLdy) {
        this.formula = formula;
        this.loss = loss;
        this.dLdx = dLdx;
        this.dLdy = dLdy;
    }

    /** A surface {@code L(x, y)} given by its formula (for titles), the loss and its two partial derivatives. */
    public static Surface of(String formula, DoubleBinaryOperator loss, DoubleBinaryOperator dLdx, DoubleBinaryOperator dLdy) {
        return new Surface(Require.notNull("Surface.of", "formula", formula), Require.notNull("Surface.of", "loss", loss),
                Require.notNull("Surface.of", "dLdx", dLdx), Require.notNull("Surface.of", "dLdy", dLdy));
    }

    /**
     * The narrow valley {@code L = (x^2 + kappa y^2) / 2}: {@code kappa} times steeper across (y) than
     * along (x), minimum 0 at the origin ({@code kappa > 0}).
     */
    public static Surface valley(double kappa) {
        Require.positive("Surface.valley", "kappa", kappa);
        return of(String.format("(x^2 + %s y^2) / 2", number(kappa)), (x, y) -> 0.5 * (x * x + kappa * y * y), (x, y) -> x, (x, y) -> kappa * y);
    }

    /**
     * A saddle with a minimum on either side: {@code L = x^2 / 2 + y^4 / 4 - y^2 / 2}. At the origin the
     * gradient is 0 and the curvature is +1 along x (the stable axis) and -1 along y (the unstable
     * one); the minima are at {@code (0, +-1)} with {@code L = -1/4}.
     */
    public static Surface saddle() {
        return of("x^2 / 2 + y^4 / 4 - y^2 / 2", (x, y) -> x * x / 2 + y * y * y * y / 4 - y * y / 2, (x, y) -> x, (x, y) -> y * y * y - y);
    }

    public String formula() {
        return formula;
    }

    public double loss(double x, double y) {
        return loss.applyAsDouble(x, y);
    }

    /** {@link #descend(Optimizer, Schedule, double, double, int)} at a constant rate. */
    public Trajectory descend(Optimizer optimizer, double rate, double x0, double y0, int steps) {
        return descend(optimizer, Schedules.constant(rate), x0, y0, steps);
    }

    /**
     * {@code steps} steps of {@code optimizer} on the exact gradient from {@code (x0, y0)}; step
     * {@code t} (from 0) uses the rate {@code schedule.rate(t, t, 1)}: every step counts as an epoch
     * of one step. The optimizer's state starts fresh only if the optimizer is new.
     */
    public Trajectory descend(Optimizer optimizer, Schedule schedule, double x0, double y0, int steps) {
        Require.notNull("Surface.descend", "optimizer", optimizer);
        Require.notNull("Surface.descend", "schedule", schedule);
        Require.finite("Surface.descend", "x0", x0);
        Require.finite("Surface.descend", "y0", y0);
        Require.atLeast("Surface.descend", "steps", steps, 1);
        Param point = Param.trainable("point", Param.Role.WEIGHT, 1, 2);
        double[] w = point.value().data;
        double[] g = point.grad().data;
        w[0] = x0;
        w[1] = y0;
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] losses = new double[steps + 1];
        double[] rates = new double[steps];
        for (int t = 0; t <= steps; t++) {
            xs[t] = w[0];
            ys[t] = w[1];
            losses[t] = loss(w[0], w[1]);
            if (t < steps) {
                g[0] = dLdx.applyAsDouble(w[0], w[1]);
                g[1] = dLdy.applyAsDouble(w[0], w[1]);
                rates[t] = schedule.rate(t, t, 1);
                optimizer.step(List.of(point), rates[t]);
            }
        }
        return new Trajectory(xs, ys, losses, rates);
    }

    @Override
    public String toString() {
        return "L(x, y) = " + formula;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
