package org.nnlab.probe;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Per-layer readings in one tidy table: {@code step, epoch, layer, metric, value}. */
final class ReadingTable {
    private final Table table;

    ReadingTable(String name) {
        table = Table.create(name, LongColumn.create("step"), IntColumn.create("epoch"), StringColumn.create("layer"),
                StringColumn.create("metric"), DoubleColumn.create("value"));
    }

    void add(long step, int epoch, List<LayerReadings.Reading> readings) {
        for (LayerReadings.Reading r : readings) {
            add(step, epoch, r.layer(), r.metric(), r.value());
        }
    }

    void add(long step, int epoch, String layer, Metric metric, double value) {
        table.longColumn("step").append(step);
        table.intColumn("epoch").append(epoch);
        table.stringColumn("layer").append(layer);
        table.stringColumn("metric").append(metric.label());
        table.doubleColumn("value").append(value);
    }

    Table table() {
        return table;
    }
}
