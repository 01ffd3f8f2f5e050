package org.nnlab.probe;

import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Histograms of matrices in one tidy table: {@code step, layer, kind, bin_center, fraction}, with
 * {@value #BINS} equal bins over each matrix's own [min, max] and fractions summing to 1.
 */
final class HistogramTable {
    static final int BINS = 40;

    private final Table table;

    HistogramTable(String name) {
        table = Table.create(name, LongColumn.create("step"), StringColumn.create("layer"), StringColumn.create("kind"),
                IntColumn.create("bin"), DoubleColumn.create("bin_center"), DoubleColumn.create("fraction"));
    }

    void add(long step, String layer, String kind, DMatrixRMaj values) {
        int n = values.getNumElements();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, values.data[i]);
            max = Math.max(max, values.data[i]);
        }
        double width = max > min ? (max - min) / BINS : 1;
        int[] counts = new int[BINS];
        for (int i = 0; i < n; i++) {
            counts[Math.min(BINS - 1, (int) ((values.data[i] - min) / width))]++;
        }
        for (int b = 0; b < BINS; b++) {
            table.longColumn("step").append(step);
            table.stringColumn("layer").append(layer);
            table.stringColumn("kind").append(kind);
            table.intColumn("bin").append(b);
            table.doubleColumn("bin_center").append(min + (b + 0.5) * width);
            table.doubleColumn("fraction").append(counts[b] / (double) n);
        }
    }

    Table table() {
        return table;
    }
}
