package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;
import org.nnlab.nn.NetworkSummary;
import org.nnlab.nn.Sequential;
import org.nnlab.plot.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class BundlesTest {

    private static Figure figure(String title) {
        return new Figure(Layout.builder(title).height(333).width(640).build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).name("a").build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {4, 5}).name("b").build());
    }

    @Test
    void figureBundleHasPlotlyJsonHtmlAndText() {
        Map<String, Object> bundle = FigureBundle.of(figure("Accuracy </script> vs epochs"));
        assertEquals(List.of(FigureBundle.PLOTLY_MIME, "text/html", "text/plain"), List.copyOf(bundle.keySet()));

        Map<?, ?> plotly = (Map<?, ?>) bundle.get(FigureBundle.PLOTLY_MIME);
        assertEquals(2, ((List<?>) plotly.get("data")).size());
        assertTrue(plotly.containsKey("layout") && plotly.containsKey("config"));

        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("height:333px"), html);
        assertTrue(html.contains("window.Plotly"));
        assertTrue(html.contains("'" + FigureBundle.PLOTLY_JS + "'"));
        assertFalse(html.contains("</script> vs"), "a '</' inside the figure must be escaped");
        assertEquals(2, html.split("</script>", -1).length, "exactly one closing script tag");

        assertEquals("Figure \"Accuracy </script> vs epochs\" (2 traces)", bundle.get("text/plain"));
    }

    @Test
    void chartBundleIsValidPlotlyJson() throws Exception {
        Chart chart = Chart.of("Accuracy \"with\" bands").xTitle("epoch").yTitle("accuracy")
                .lineWithBand("mean \"a\"", new double[] {1, 2}, new double[] {0.5, 0.6}, new double[] {0.4, 0.5}, new double[] {0.6, 0.7})
                .bars("final", List.of("a", "b"), new double[] {0.6, 0.7}, new double[] {0.01, 0.02});
        Map<String, Object> bundle = FigureBundle.of(chart.figure());
        JsonNode strict = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(bundle.get(FigureBundle.PLOTLY_MIME)));
        assertEquals(4, strict.get("data").size());
        assertEquals("mean \"a\"", strict.get("data").get(2).get("legendgroup").asText());
        assertEquals(0.02, strict.get("data").get(3).get("error_y").get("array").get(1).asDouble());
        assertEquals("Accuracy \"with\" bands", strict.get("layout").get("title").get("text").asText());
        assertEquals("Figure \"Accuracy \"with\" bands\" (4 traces)", bundle.get("text/plain"));
    }

    @Test
    void networkSummaryIsAnHtmlTableAndAlignedText() {
        NetworkSummary summary = Sequential.builder(4).dense(3, Init.he()).relu().build().summary();
        Map<String, Object> bundle = TableBundle.of(summary);
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("<caption>sequential: 15 parameters (2 rows x 4 columns)</caption>"), html);
        assertTrue(html.contains("<th>output shape</th>") && html.contains("<td>(batch, 3)</td>") && html.contains("<td>15</td>"), html);
        assertEquals(summary.toString(), bundle.get("text/plain"));
    }

    @Test
    void everyFigureGetsItsOwnDiv() {
        String first = (String) FigureBundle.of(figure("one")).get("text/html");
        String second = (String) FigureBundle.of(figure("two")).get("text/html");
        String id = first.substring(first.indexOf("id=\"") + 4, first.indexOf("\" class"));
        assertFalse(second.contains(id));
    }

    @Test
    void doublesShowSixSignificantDigits() {
        DoubleColumn values = DoubleColumn.create("v", 0.123456789, 2.0, 1e-7 / 3, 1234567.891, 0.5);
        assertEquals("0.123457", TableBundle.cell(values, 0));
        assertEquals("2", TableBundle.cell(values, 1));
        assertEquals("3.33333e-08", TableBundle.cell(values, 2));
        assertEquals("1.23457e+06", TableBundle.cell(values, 3));
        assertEquals("0.5", TableBundle.cell(values, 4));
    }

    @Test
    void tableBundleShowsShapeAndElidesLongTables() {
        int n = 100;
        int[] epochs = new int[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            epochs[i] = i;
            loss[i] = 1.0 / (i + 1);
        }
        Table table = Table.create("history", IntColumn.create("epoch", epochs), DoubleColumn.create("loss", loss));
        Map<String, Object> bundle = TableBundle.of(table);
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("<caption>history (100 rows x 2 columns)</caption>"), html);
        assertTrue(html.contains("<th>epoch</th><th>loss</th>"));
        assertTrue(html.contains("80 more rows"));
        assertTrue(html.contains("<td>99</td>"), "the last row is shown");
        assertFalse(html.contains("<td>50</td>"), "middle rows are elided");
        assertEquals(TableBundle.HEAD + TableBundle.TAIL + 1, html.split("<tr><td", -1).length - 1);
        assertTrue(((String) bundle.get("text/plain")).startsWith("history (100 rows x 2 columns)"));
    }
}
