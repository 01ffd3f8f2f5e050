package org.nnlab.plot;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** Shared building blocks for nnlab's figures: every figure has a title, axis titles and, with several series, a legend. */
final class Figures {
    static final int HEIGHT = 420;

    private Figures() {
    }

    static Layout layout(String title, String xTitle, String yTitle, boolean logY) {
        return Layout.builder(title)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).type(logY ? Axis.Type.LOG : Axis.Type.LINEAR).build())
                .showLegend(true).height(HEIGHT).build();
    }

    static ScatterTrace line(double[] x, double[] y, String name) {
        return ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE).name(name).build();
    }

    static double[] sequence(int from, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + i;
        }
        return values;
    }
}
