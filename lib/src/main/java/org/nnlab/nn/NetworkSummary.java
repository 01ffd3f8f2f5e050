package org.nnlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link Sequential#summary()} reports: one row per layer (name, type, output shape, trainable
 * parameters) and the totals. A notebook shows it as a table; {@link #toString()} is the same table
 * as aligned text.
 *
 * @param nonTrainable entries of state that training does not update (e.g. batch norm's running averages)
 */
public record NetworkSummary(String network, List<LayerRow> layers, int parameters, int nonTrainable) {
    /** Column headers of the table, in order. */
    public static final List<String> COLUMNS = List.of("layer", "type", "output shape", "parameters");

    public NetworkSummary {
        layers = List.copyOf(layers);
    }

    /** One layer: its name, class, output width and trainable parameter count. */
    public record LayerRow(String layer, String type, int outputSize, int parameters) {
        /** {@code "(batch, outputSize)"}. */
        public String outputShape() {
            return "(batch, " + outputSize + ")";
        }

        /** The row's cells in {@link #COLUMNS} order, numbers with thousands separators. */
        public List<String> cells() {
            return List.of(layer, type, outputShape(), count(parameters));
        }
    }

    /** E.g. {@code "sequential: 204,042 parameters (+ 512 non-trainable)"}. */
    public String title() {
        String title = network + ": " + count(parameters) + " parameters";
        return nonTrainable == 0 ? title : title + " (+ " + count(nonTrainable) + " non-trainable)";
    }

    /** The title, then the table with columns padded to their widest cell. */
    @Override
    public String toString() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        layers.forEach(row -> rows.add(row.cells()));
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder(title()).append('\n');
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                String padding = " ".repeat(widths[c] - cell.length());
                text.append(c == 0 ? "" : "  ").append(c == widths.length - 1 ? padding + cell : cell + padding);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
