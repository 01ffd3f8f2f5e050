package org.nnlab.train;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** The standard training-curve figures of a {@link History}. */
final class HistoryPlots {
    private HistoryPlots() {
    }

    static Figure loss(History history) {
        return curves(history, "Loss per epoch", "loss", History.TRAIN_LOSS, History.VAL_LOSS);
    }

    static Figure accuracy(History history) {
        return curves(history, "Accuracy per epoch", "accuracy", History.TRAIN_ACCURACY, History.VAL_ACCURACY);
    }

    private static Figure curves(History history, String title, String yTitle, String train, String validation) {
        double[] epochs = history.column(History.EPOCH);
        Trace trainTrace = line(epochs, history.column(train), "train");
        Layout layout = Layout.builder(title + (history.table().name().isBlank() ? "" : ": " + history.table().name()))
                .xAxis(Axis.builder().title("epoch").build())
                .yAxis(Axis.builder().title(yTitle).build())
                .showLegend(true).height(400).build();
        if (!history.hasValidation()) {
            return new Figure(layout, trainTrace);
        }
        return new Figure(layout, trainTrace, line(epochs, history.column(validation), "validation"));
    }

    private static Trace line(double[] x, double[] y, String name) {
        return ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(name).build();
    }
}
