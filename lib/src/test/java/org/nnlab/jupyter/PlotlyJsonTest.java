package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;

class PlotlyJsonTest {
    private static final Layout LAYOUT = Layout.builder("Loss <over> time's")
            .xAxis(Axis.builder().title("epoch").build())
            .yAxis(Axis.builder().title("loss").build())
            .height(420).showLegend(true).build();

    /** Parses the output again with a strict parser: fails on anything that is not plain JSON. */
    private static JsonNode strict(Figure figure) throws Exception {
        return new ObjectMapper().readTree(PlotlyJson.toJson(figure));
    }

    @Test
    void lineFigureHasNumericDataTitlesAsObjectsAndConfig() throws Exception {
        Figure figure = new Figure(LAYOUT,
                ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {0.5, 0.25, 0.125})
                        .mode(ScatterTrace.Mode.LINE).name("train").build(),
                ScatterTrace.builder(new double[] {1, 2, 3}, new double[] {0.6, 0.4, 0.35})
                        .mode(ScatterTrace.Mode.LINE).name("validation").build());
        JsonNode json = strict(figure);

        assertEquals(2, json.get("data").size());
        JsonNode train = json.get("data").get(0);
        assertEquals("scatter", train.get("type").asText());
        assertEquals("lines", train.get("mode").asText());
        assertEquals("train", train.get("name").asText());
        assertTrue(train.get("y").get(2).isNumber());
        assertEquals(0.125, train.get("y").get(2).asDouble());
        assertEquals(3.0, train.get("x").get(2).asDouble());
        assertEquals("validation", json.get("data").get(1).get("name").asText());

        JsonNode layout = json.get("layout");
        assertEquals("Loss <over> time's", layout.get("title").get("text").asText());
        assertEquals("epoch", layout.get("xaxis").get("title").get("text").asText());
        assertEquals("loss", layout.get("yaxis").get("title").get("text").asText());
        assertEquals(420, layout.get("height").asInt());
        assertTrue(layout.get("showlegend").asBoolean());
        assertTrue(json.get("config").isObject());
    }

    @Test
    void scatterMarkersKeepTheirMode() throws Exception {
        Figure figure = new Figure(LAYOUT, ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).name("points").build());
        JsonNode trace = strict(figure).get("data").get(0);
        assertEquals("markers", trace.get("mode").asText());
        assertEquals(4.0, trace.get("y").get(1).asDouble());
    }

    @Test
    void barKeepsCategoriesAsText() throws Exception {
        Figure figure = new Figure(LAYOUT, BarTrace.builder(new Object[] {"cat", "dog"}, new double[] {3, 7}).name("count").build());
        JsonNode trace = strict(figure).get("data").get(0);
        assertEquals("bar", trace.get("type").asText());
        assertEquals("dog", trace.get("x").get(1).asText());
        assertEquals(7.0, trace.get("y").get(1).asDouble());
    }

    @Test
    void histogramCarriesItsSamples() throws Exception {
        Figure figure = new Figure(LAYOUT, HistogramTrace.builder(new double[] {1.5, 2.5, 2.5, -1}).nBinsX(10).build());
        JsonNode trace = strict(figure).get("data").get(0);
        assertEquals("histogram", trace.get("type").asText());
        assertEquals(4, trace.get("x").size());
        assertEquals(-1.0, trace.get("x").get(3).asDouble());
        assertEquals(10, trace.get("nbinsx").asInt());
        assertTrue(trace.get("opacity").isNumber());
    }

    @Test
    void heatmapHasAMatrixOfNumbers() throws Exception {
        double[][] z = {{1, 2, 3}, {4, 5, 6}};
        Figure figure = new Figure(LAYOUT, HeatmapTrace.builder(new Object[] {"a", "b", "c"}, new Object[] {"r1", "r2"}, z).build());
        JsonNode trace = strict(figure).get("data").get(0);
        assertEquals("heatmap", trace.get("type").asText());
        assertEquals(2, trace.get("z").size());
        assertEquals(3, trace.get("z").get(0).size());
        assertEquals(6.0, trace.get("z").get(1).get(2).asDouble());
        assertEquals("r2", trace.get("y").get(1).asText());
    }

    @Test
    void titleHelperReadsTheLayoutTitle() {
        ObjectNode tree = PlotlyJson.toTree(new Figure(LAYOUT, HistogramTrace.builder(new double[] {1}).build()));
        assertEquals("Loss <over> time's", PlotlyJson.title(tree));
    }
}
