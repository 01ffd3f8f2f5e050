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
        double[] x = Grid.of(from, to, POINTS);
        Chart chart = Chart.of(title).xTitle("x").yTitle("f(x) and f'(x)");
        for (Map.Entry<String, DoubleUnaryOperator[]> f : functions.entrySet()) {
            chart.curve(f.getKey(), x, f.getValue()[0]).curve(f.getKey() + "'", x, f.getValue()[1]);
        }
        return chart.figure();
    }

    /** Named functions over [from, to], one line each. */
    public static Figure of(String title, String yTitle, Map<String, DoubleUnaryOperator> functions, double from, double to) {
        double[] x = Grid.of(from, to, POINTS);
        Chart chart = Chart.of(title).xTitle("x").yTitle(yTitle);
        functions.forEach((name, f) -> chart.curve(name, x, f));
        return chart.figure();
    }

    /** Learning rate per step for each named schedule (as sampled values). */
    public static Figure learningRates(String title, Map<String, double[]> ratesPerStep, String xTitle) {
        Chart chart = Chart.of(title).xTitle(xTitle).yTitle("learning rate");
        ratesPerStep.forEach((name, rates) -> chart.line(name, Chart.sequence(0, rates.length), rates));
        return chart.figure();
    }
}
