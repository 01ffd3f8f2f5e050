package org.nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.nnlab.jupyter.PlotlyJson;

class ChartTest {
    private static final double[] X = {1, 2, 3};

    /** The chart's Plotly JSON, parsed again strictly: fails on anything that is not plain JSON. */
    private static JsonNode json(Chart chart) throws Exception {
        return new ObjectMapper().readTree(PlotlyJson.toJson(chart.figure()));
    }

    private static double[] numbers(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).mapToDouble(JsonNode::asDouble).toArray();
    }

    @Test
    void linesDashedAndMarkersHaveTheirModesNamesAndDistinctColours() throws Exception {
        JsonNode json = json(Chart.of("Spread").xTitle("fan-in").yTitle("std")
                .line("measured", X, new double[] {1, 4, 9})
                .dashed("theory", X, new double[] {1, 4, 8})
                .markers("samples", X, new double[] {2, 3, 9})
                .lineWithMarkers("sweep", X, new double[] {0, 1, 0}));
        JsonNode data = json.get("data");
        assertEquals(4, data.size());
        assertEquals(List.of("measured", "theory", "samples", "sweep"),
                StreamSupport.stream(data.spliterator(), false).map(t -> t.get("name").asText()).toList());
        assertEquals(List.of("lines", "lines", "markers", "lines+markers"),
                StreamSupport.stream(data.spliterator(), false).map(t -> t.get("mode").asText()).toList());
        data.forEach(t -> assertEquals("scatter", t.get("type").asText()));
        assertEquals("dash", data.get(1).get("line").get("dash").asText());
        assertFalse(data.get(0).get("line").has("dash") && data.get(0).get("line").get("dash").asText().equals("dash"));
        assertArrayEquals(new double[] {1, 4, 9}, numbers(data.get(0).get("y")));
        assertFalse(data.get(0).get("line").get("color").asText().equals(data.get(1).get("line").get("color").asText()),
                "each series its own colour");
        assertEquals(data.get(2).get("marker").get("color"), data.get(2).get("line").get("color"));
    }

    @Test
    void layoutHasTitleAxisTitlesDefaultHeightAndALegendForSeveralSeries() throws Exception {
        JsonNode layout = json(Chart.of("Loss").xTitle("epoch").yTitle("loss")
                .line("train", X, X).line("validation", X, X)).get("layout");
        assertEquals("Loss", layout.get("title").get("text").asText());
        assertEquals("epoch", layout.get("xaxis").get("title").get("text").asText());
        assertEquals("loss", layout.get("yaxis").get("title").get("text").asText());
        assertEquals(Chart.HEIGHT, layout.get("height").asInt());
        assertEquals("linear", layout.get("xaxis").get("type").asText());
        assertTrue(layout.get("showlegend").asBoolean());

        JsonNode single = json(Chart.of("Loss").xTitle("epoch").yTitle("loss").height(300).line("train", X)).get("layout");
        assertFalse(single.get("showlegend").asBoolean(), "one series needs no legend");
        assertEquals(300, single.get("height").asInt());
    }

    @Test
    void lineWithoutXCountsFromOne() throws Exception {
        JsonNode trace = json(Chart.of("Per epoch").xTitle("epoch").yTitle("accuracy").line("acc", new double[] {0.5, 0.7}))
                .get("data").get(0);
        assertArrayEquals(new double[] {1, 2}, numbers(trace.get("x")));
    }

    @Test
    void curveIsTheFunctionOnAGridThatIncludesBothEnds() throws Exception {
        double[] grid = Grid.of(-1, 1, 5);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, grid, 1e-15);
        JsonNode trace = json(Chart.of("Square").xTitle("x").yTitle("x²").curve("square", grid, x -> x * x)).get("data").get(0);
        assertArrayEquals(new double[] {1, 0.25, 0, 0.25, 1}, numbers(trace.get("y")), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Grid.of(1, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> Grid.of(0, 1, 1));
    }

    @Test
    void logAxesTakeRangesInDataUnits() throws Exception {
        JsonNode layout = json(Chart.of("Sweep").xTitle("learning rate").yTitle("loss").logX().logY()
                .xRange(1e-4, 1).yRange(0.01, 10).line("loss", new double[] {1e-3, 1e-2}, new double[] {1, 0.1}))
                .get("layout");
        assertEquals("log", layout.get("xaxis").get("type").asText());
        assertEquals("log", layout.get("yaxis").get("type").asText());
        assertArrayEquals(new double[] {-4, 0}, numbers(layout.get("xaxis").get("range")), 1e-12);
        assertArrayEquals(new double[] {-2, 1}, numbers(layout.get("yaxis").get("range")), 1e-12);
        assertThrows(IllegalStateException.class, () -> Chart.of("t").xTitle("x").yTitle("y").logX().xRange(-1, 1)
                .line("a", X, X).figure());
    }

    @Test
    void linearRangeAndReversedYAxis() throws Exception {
        JsonNode layout = json(Chart.of("Image").xTitle("column").yTitle("row").xRange(0, 5).reverseY()
                .heatmap("pixels", new Object[] {0, 1}, new Object[] {0, 1}, new double[][] {{0, 1}, {1, 0}})).get("layout");
        assertArrayEquals(new double[] {0, 5}, numbers(layout.get("xaxis").get("range")));
        assertEquals("reversed", layout.get("yaxis").get("autorange").asText());
    }

    @Test
    void barsWithErrorBarsCarryTheErrorArray() throws Exception {
        JsonNode data = json(Chart.of("Final accuracy").xTitle("configuration").yTitle("accuracy")
                .bars("mean over 3 seeds", List.of("plain", "batch norm"), new double[] {0.8, 0.9}, new double[] {0.02, 0.01})
                .bars("one seed", List.of("plain", "batch norm"), new double[] {0.79, 0.91})).get("data");
        JsonNode withErrors = data.get(0);
        assertEquals("bar", withErrors.get("type").asText());
        assertEquals(List.of("plain", "batch norm"),
                StreamSupport.stream(withErrors.get("x").spliterator(), false).map(JsonNode::asText).toList());
        assertArrayEquals(new double[] {0.8, 0.9}, numbers(withErrors.get("y")));
        assertEquals("data", withErrors.get("error_y").get("type").asText());
        assertTrue(withErrors.get("error_y").get("visible").asBoolean());
        assertArrayEquals(new double[] {0.02, 0.01}, numbers(withErrors.get("error_y").get("array")));
        assertFalse(data.get(1).has("error_y"));
        assertThrows(IllegalArgumentException.class, () -> Chart.of("t")
                .bars("b", List.of("a", "b"), new double[] {1, 2}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> Chart.of("t")
                .bars("b", List.of("a", "b"), new double[] {1, 2}, new double[] {0.1, -0.1}));
    }

    @Test
    void bandIsAFilledAreaWithoutOutlineInTheColourOfTheNextLine() throws Exception {
        double[] low = {0.5, 0.6, 0.7};
        double[] high = {0.7, 0.8, 0.9};
        JsonNode data = json(Chart.of("Three seeds").xTitle("epoch").yTitle("accuracy")
                .band("+-1 sd", X, low, high).line("mean", X, new double[] {0.6, 0.7, 0.8})).get("data");
        assertEquals(3, data.size());
        JsonNode lower = data.get(0);
        JsonNode upper = data.get(1);
        assertArrayEquals(low, numbers(lower.get("y")));
        assertArrayEquals(high, numbers(upper.get("y")));
        assertEquals("tonexty", upper.get("fill").asText());
        assertFalse(lower.has("fill"));
        assertEquals(0.0, lower.get("line").get("width").asDouble());
        assertEquals(0.0, upper.get("line").get("width").asDouble());
        assertFalse(lower.get("showlegend").asBoolean(), "the lower edge is not a legend entry");
        assertEquals("rgba(31,119,180,0.2)", upper.get("fillcolor").asText());
        assertEquals("#1f77b4", data.get(2).get("line").get("color").asText(), "the line after the band shares its colour");
    }

    @Test
    void lineWithBandIsOneLegendEntry() throws Exception {
        JsonNode json = json(Chart.of("Seeds").xTitle("epoch").yTitle("loss")
                .lineWithBand("mean", X, new double[] {2, 1, 0.5}, new double[] {1.5, 0.8, 0.4}, new double[] {2.5, 1.2, 0.6}));
        JsonNode data = json.get("data");
        assertEquals(3, data.size());
        assertFalse(data.get(0).get("showlegend").asBoolean());
        assertFalse(data.get(1).get("showlegend").asBoolean());
        assertEquals("mean", data.get(2).get("legendgroup").asText());
        assertFalse(json.get("layout").get("showlegend").asBoolean(), "one named series, no legend");
    }

    @Test
    void histogramsOnSharedBinsAreOverlaidFractions() throws Exception {
        Bins bins = Bins.of(0, 4, 4);
        JsonNode json = json(Chart.of("Activations").xTitle("activation").yTitle("fraction")
                .histogram("layer 1", new double[] {0.5, 0.5, 1.5, 3.5}, bins)
                .histogram("layer 2", new double[] {2.5, 2.5, 2.5, 9}, bins));
        JsonNode first = json.get("data").get(0);
        assertEquals("bar", first.get("type").asText());
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, numbers(first.get("x")));
        assertArrayEquals(new double[] {0.5, 0.25, 0, 0.25}, numbers(first.get("y")));
        assertArrayEquals(new double[] {0, 0, 0.75, 0.25}, numbers(json.get("data").get(1).get("y")), "9 clips into the last bin");
        assertEquals("overlay", json.get("layout").get("barmode").asText());
        assertEquals(0.6, first.get("opacity").asDouble());
    }

    @Test
    void overlayDrawsBarsOverOneAnotherHalfTransparent() throws Exception {
        List<String> classes = List.of("a", "b");
        JsonNode json = json(Chart.of("Probabilities").xTitle("class").yTitle("probability").overlay()
                .bars("train mode", classes, new double[] {0.3, 0.7}).bars("eval mode", classes, new double[] {0.4, 0.6}));
        assertEquals("overlay", json.get("layout").get("barmode").asText());
        json.get("data").forEach(bar -> assertEquals(0.6, bar.get("opacity").asDouble()));
        JsonNode grouped = json(Chart.of("Probabilities").xTitle("class").yTitle("probability")
                .bars("train mode", classes, new double[] {0.3, 0.7}).bars("eval mode", classes, new double[] {0.4, 0.6}));
        assertFalse(grouped.get("data").get(0).has("opacity"), "side by side by default (Plotly groups bars)");
    }

    @Test
    void heatmapKeepsItsMatrix() throws Exception {
        JsonNode trace = json(Chart.of("Weights").xTitle("unit").yTitle("input")
                .heatmap("w", new Object[] {"a", "b"}, new Object[] {0, 1, 2}, new double[][] {{1, 2}, {3, 4}, {5, 6}}))
                .get("data").get(0);
        assertEquals("heatmap", trace.get("type").asText());
        assertEquals(3, trace.get("z").size());
        assertArrayEquals(new double[] {5, 6}, numbers(trace.get("z").get(2)));
        assertThrows(IllegalArgumentException.class, () -> Chart.of("t")
                .heatmap("w", new Object[] {"a"}, new Object[] {0}, new double[][] {{1, 2}}));
    }

    @Test
    void highlightIsOneStar() throws Exception {
        JsonNode trace = json(Chart.of("Loss").xTitle("epoch").yTitle("loss").line("val", X, X).highlight("best", 2, 2))
                .get("data").get(1);
        assertEquals("star", trace.get("marker").get("symbol").asText());
        assertArrayEquals(new double[] {2}, numbers(trace.get("x")));
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> Chart.of(" "));
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> Chart.of("t").line("a", X, new double[] {1, 2}));
        assertTrue(lengths.getMessage().contains("\"a\"") && lengths.getMessage().contains("one per x value (3), got 2"), lengths.getMessage());
        IllegalStateException noTitle = assertThrows(IllegalStateException.class, () -> Chart.of("t").yTitle("y").line("a", X, X).figure());
        assertTrue(noTitle.getMessage().contains("xTitle"), noTitle.getMessage());
        assertThrows(IllegalStateException.class, () -> Chart.of("t").xTitle("x").yTitle("y").figure());
        assertThrows(IllegalArgumentException.class, () -> Chart.of("t").xRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Chart.of("t").height(0));
    }

    @Test
    void binsShareOneRangeAndClipToTheEdges() {
        Bins bins = Bins.covering(4, new double[] {0, 1}, new double[] {4, Double.NaN});
        assertEquals(0, bins.low());
        assertEquals(4, bins.high());
        assertEquals(1, bins.width());
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, bins.centers());
        assertEquals(3, bins.indexOf(4), "the upper edge belongs to the last bin");
        assertEquals(0, bins.indexOf(-7));
        assertEquals(-1, bins.indexOf(Double.NaN));
        assertArrayEquals(new double[] {0.25, 0.25, 0, 0.25}, bins.fractions(new double[] {0, 1, 4, Double.NaN}), "NaN in no bin");
        assertEquals(Bins.DEFAULT_COUNT, Bins.covering(new double[] {1, 2}).count());
        Bins constant = Bins.covering(3, new double[] {2, 2});
        assertEquals(1.5, constant.low());
        assertEquals(2.5, constant.high());
        assertThrows(IllegalArgumentException.class, () -> Bins.of(1, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Bins.of(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Bins.covering(new double[] {Double.NaN}));
    }
}
