package org.nnlab.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

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
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, DoubleUnaryOperator[]> f : functions.entrySet()) {
            traces.add(Figures.line(x, apply(f.getValue()[0], x), f.getKey()));
            traces.add(Figures.line(x, apply(f.getValue()[1], x), f.getKey() + "'"));
        }
        return new Figure(Figures.layout(title, "x", "f(x) and f'(x)", false), traces.toArray(Trace[]::new));
    }

    /** Named functions over [from, to], one line each. */
    public static Figure of(String title, String yTitle, Map<String, DoubleUnaryOperator> functions, double from, double to) {
        double[] x = grid(from, to);
        List<Trace> traces = new ArrayList<>();
        functions.forEach((name, f) -> traces.add(Figures.line(x, apply(f, x), name)));
        return new Figure(Figures.layout(title, "x", yTitle, false), traces.toArray(Trace[]::new));
    }

    /** Learning rate per step for each named schedule (as sampled values). */
    public static Figure learningRates(String title, Map<String, double[]> ratesPerStep, String xTitle) {
        List<Trace> traces = new ArrayList<>();
        for (Map.Entry<String, double[]> e : new LinkedHashMap<>(ratesPerStep).entrySet()) {
            traces.add(Figures.line(Figures.sequence(0, e.getValue().length), e.getValue(), e.getKey()));
        }
        return new Figure(Figures.layout(title, xTitle, "learning rate", false), traces.toArray(Trace[]::new));
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
