package org.nnlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnlab.data.Dataset;
import tech.tablesaw.plotly.components.Figure;

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
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(classNames == null ? Integer.toString(c) : classNames.get(c));
        }
        String title = "Examples per class" + (datasets.length == 1 ? ": " + datasets[0].name() : "");
        Chart chart = Chart.of(title).xTitle("class").yTitle("examples");
        for (Dataset data : datasets) {
            if (data.numClasses() != classes) {
                throw new IllegalArgumentException(data.name() + " has " + data.numClasses() + " classes, "
                        + datasets[0].name() + " has " + classes);
            }
            double[] counts = Arrays.stream(data.classCounts()).asDoubleStream().toArray();
            chart.bars(data.name(), names, counts);
        }
        return chart.figure();
    }
}
