package org.nnlab.plot;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.plotly.components.Figure;

/** Curves of scalar functions: activation functions with their derivatives, learning-rate schedules. */
public final class FunctionPlots {
    private static final int POINTS = 401;

    private FunctionPlots() {
    }

    /**
     * Each named function and its derivative (named "name'"), over [from, to].
     *
     * @param functions name -> {function, derivative}
     */
    public static Figure withDerivatives(String title, Map<String, DoubleUnaryOperator[]> functions, double from, double to) {
        double[] x = grid(from, to);
        Chart chart = Chart.of(title).xTitle("x").yTitle("f(x) and f'(x)");
        for (Map.Entry<String, DoubleUnaryOperator[]> f : functions.entrySet()) {
            chart.line(f.getKey(), x, apply(f.getValue()[0], x)).line(f.getKey() + "'", x, apply(f.getValue()[1], x));
        }
        return chart.figure();
    }

    /** Named functions over [from, to], one line each. */
    public static Figure of(String title, String yTitle, Map<String, DoubleUnaryOperator> functions, double from, double to) {
        double[] x = grid(from, to);
        Chart chart = Chart.of(title).xTitle("x").yTitle(yTitle);
        functions.forEach((name, f) -> chart.line(name, x, apply(f, x)));
        return chart.figure();
    }

    /** Learning rate per step for each named schedule (as sampled values). */
    public static Figure learningRates(String title, Map<String, double[]> ratesPerStep, String xTitle) {
        Chart chart = Chart.of(title).xTitle(xTitle).yTitle("learning rate");
        ratesPerStep.forEach((name, rates) -> chart.line(name, Chart.sequence(0, rates.length), rates));
        return chart.figure();
    }

    private static double[] grid(double from, double to) {
        if (!(to > from)) {
            throw new IllegalArgumentException("need from < to, got [" + from + ", " + to + "]");
        }
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = from + (to - from) * i / (POINTS - 1);
        }
        return x;
    }

    private static double[] apply(DoubleUnaryOperator f, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }
}
