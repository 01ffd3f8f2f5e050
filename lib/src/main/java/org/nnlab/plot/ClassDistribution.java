package org.nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnlab.data.Dataset;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** How many examples each class has, as bars; several datasets (e.g. train and test) side by side (Plotly groups bars by default). */
public final class ClassDistribution {
    private ClassDistribution() {
    }

    /**
     * One bar series per dataset, named after it.
     *
     * @param classNames names for the x axis, or {@code null} for class numbers
     */
    public static Figure of(List<String> classNames, Dataset... datasets) {
        if (datasets.length == 0) {
            throw new IllegalArgumentException("no dataset to plot");
        }
        int classes = datasets[0].numClasses();
        Object[] names = new Object[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = classNames == null ? Integer.toString(c) : classNames.get(c);
        }
        List<Trace> bars = new ArrayList<>();
        for (Dataset data : datasets) {
            if (data.numClasses() != classes) {
                throw new IllegalArgumentException(data.name() + " has " + data.numClasses() + " classes, "
                        + datasets[0].name() + " has " + classes);
            }
            double[] counts = Arrays.stream(data.classCounts()).asDoubleStream().toArray();
            bars.add(BarTrace.builder(names, counts).name(data.name()).build());
        }
        String title = "Examples per class" + (datasets.length == 1 ? ": " + datasets[0].name() : "");
        Layout layout = Layout.builder(title)
                .xAxis(Axis.builder().title("class").build())
                .yAxis(Axis.builder().title("examples").build())
                .showLegend(datasets.length > 1)
                .height(Figures.HEIGHT)
                .build();
        return new Figure(layout, bars.toArray(Trace[]::new));
    }
}
