package org.nnlab.jupyter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.nn.NetworkSummary;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The MIME bundle for a Tablesaw {@link Table} (or a network's {@link NetworkSummary}): an HTML table ({@code text/html}) and Tablesaw's
 * text rendering ({@code text/plain}), both headed by the table's name and shape. Long tables show
 * their first {@value #HEAD} and last {@value #TAIL} rows.
 */
public final class TableBundle {
    static final int HEAD = 15;
    static final int TAIL = 5;

    private TableBundle() {
    }

    public static Map<String, Object> of(Table table) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html(table));
        bundle.put("text/plain", caption(table) + "\n" + preview(table).printAll());
        return bundle;
    }

    /** A network's summary: an HTML table of its layers, and the summary's own aligned text. */
    public static Map<String, Object> of(NetworkSummary summary) {
        Table table = Table.create(summary.title());
        NetworkSummary.COLUMNS.forEach(name -> table.addColumns(StringColumn.create(name)));
        for (NetworkSummary.LayerRow row : summary.layers()) {
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                table.stringColumn(c).append(cells.get(c));
            }
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html(table));
        bundle.put("text/plain", summary.toString());
        return bundle;
    }

    static String caption(Table table) {
        String name = table.name() == null || table.name().isBlank() ? "Table" : table.name();
        return name + " (" + table.rowCount() + " rows x " + table.columnCount() + " columns)";
    }

    private static boolean elided(Table table) {
        return table.rowCount() > HEAD + TAIL;
    }

    private static Table preview(Table table) {
        return elided(table) ? table.first(HEAD).append(table.last(TAIL)) : table;
    }

    static String html(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"nnlab-table\">\n<caption>")
                .append(Html.escape(caption(table))).append("</caption>\n<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = table.rowCount();
        for (int row = 0; row < rows; row++) {
            if (elided(table) && row == HEAD) {
                html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">&hellip; ")
                        .append(rows - HEAD - TAIL).append(" more rows &hellip;</td></tr>\n");
                row = rows - TAIL;
            }
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td>").append(Html.escape(cell(column, row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    /** Doubles with 6 significant digits (full precision stays in the table); everything else as Tablesaw prints it. */
    static String cell(Column<?> column, int row) {
        if (column instanceof DoubleColumn doubles && !doubles.isMissing(row)) {
            double value = doubles.getDouble(row);
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : String.format(java.util.Locale.ROOT, "%.6g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e");
        }
        return column.getString(row);
    }
}
