package org.nnlab.probe;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.plot.Bins;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Histograms of matrices in one tidy table: {@code step, layer, kind, bin, bin_center, fraction}.
 * With shared {@link Bins} every matrix is binned alike (comparable across layers and steps);
 * without, each matrix gets {@value Bins#DEFAULT_COUNT} bins over its own [min, max]. A matrix
 * without any finite entry (a diverged run) adds no rows.
 */
final class HistogramTable {
    private final Table table;
    private final Bins shared;

    /** @param shared the bins for every matrix, or {@code null} for each matrix's own range */
    HistogramTable(String name, Bins shared) {
        this.shared = shared;
        table = Table.create(name, LongColumn.create("step"), StringColumn.create("layer"), StringColumn.create("kind"),
                IntColumn.create("bin"), DoubleColumn.create("bin_center"), DoubleColumn.create("fraction"));
    }

    void add(long step, String layer, String kind, DMatrixRMaj values) {
        double[] entries = Arrays.copyOf(values.data, values.getNumElements());
        if (shared == null && Arrays.stream(entries).noneMatch(Double::isFinite)) {
            return;
        }
        Bins bins = shared != null ? shared : Bins.covering(Bins.DEFAULT_COUNT, entries);
        double[] centers = bins.centers();
        double[] fractions = bins.fractions(entries);
        for (int b = 0; b < bins.count(); b++) {
            table.longColumn("step").append(step);
            table.stringColumn("layer").append(layer);
            table.stringColumn("kind").append(kind);
            table.intColumn("bin").append(b);
            table.doubleColumn("bin_center").append(centers[b]);
            table.doubleColumn("fraction").append(fractions[b]);
        }
    }

    Table table() {
        return table;
    }
}
