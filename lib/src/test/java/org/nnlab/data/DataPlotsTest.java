package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.plot.ClassDistribution;
import org.nnlab.plot.FigureChecks;
import org.nnlab.plot.ImageGrid;
import org.nnlab.random.Rng;
import tech.tablesaw.plotly.components.Figure;

/** The data plots (org.nnlab.plot.ImageGrid and ClassDistribution) as Plotly JSON. */
class DataPlotsTest {
    private static final List<String> NAMES = List.of("zero", "one", "two");

    /** n 28x28 images with values in [0, 1], label i % 3. */
    private static Dataset images(int n) {
        Rng rng = Rng.of(1);
        DMatrixRMaj x = new DMatrixRMaj(n, 784);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = rng.nextDouble();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
        }
        return Dataset.classification("digits", x, labels, 3);
    }

    /** A title, titled axes and a Tablesaw rendering that does not fail. */
    private static JsonNode checked(Figure figure) {
        JsonNode json = FigureChecks.checked(figure);
        assertTrue(figure.asJavascript("plot").contains("heatmap") || figure.asJavascript("plot").contains("bar"));
        return json;
    }

    @Test
    void imageGridIsAGreyscaleUprightMosaicWithATitlePerImage() {
        Dataset data = images(12);
        JsonNode json = checked(ImageGrid.of(data, 12, NAMES));
        JsonNode yRange = json.path("layout").path("yaxis").path("range");
        assertTrue(yRange.get(0).asDouble() > yRange.get(1).asDouble(), "reversed y axis: upright images");
        JsonNode heatmap = json.get("data").get(0);
        assertEquals("heatmap", heatmap.get("type").asText());
        assertEquals("rgb(0,0,0)", heatmap.get("colorscale").get(0).get(1).asText(), "smallest value black");
        assertEquals("rgb(255,255,255)", heatmap.get("colorscale").get(1).get(1).asText(), "largest value white");
        JsonNode z = heatmap.get("z");
        assertEquals(2 * (28 + 7), z.size(), "two rows of ten, each under a title band");
        assertEquals(10 * 30 - 2, z.get(0).size());
        assertTrue(z.get(0).get(0).isNull(), "the title band is empty");
        assertEquals(data.x().get(0, 0), z.get(7).get(0).asDouble(), 1e-12, "top-left pixel of the first image");
        assertEquals(data.x().get(11, 27 * 28 + 27), z.get(2 * 35 - 1).get(30 + 27).asDouble(), 1e-12,
                "bottom-right pixel of the twelfth image (second row, second column)");
        JsonNode titles = json.get("data").get(1).get("text");
        assertEquals(12, titles.size());
        assertEquals("two", titles.get(5).asText());
    }

    @Test
    void imagesByClassTakeOneRowPerClass() {
        JsonNode json = checked(ImageGrid.byClass(images(30), 4, NAMES));
        assertEquals(3 * 35, json.get("data").get(0).get("z").size());
        JsonNode titles = json.get("data").get(1).get("text");
        assertEquals(12, titles.size());
        assertEquals("one", titles.get(4).asText(), "the second row shows class 1");
    }

    @Test
    void classDistributionCountsEveryDatasetSideBySide() {
        Dataset train = images(30);
        Dataset test = images(7).subset("test", new int[] {0, 1, 2, 3, 4, 5, 6});
        JsonNode json = checked(ClassDistribution.of(NAMES, train, test));
        assertEquals(2, json.get("data").size());
        assertEquals("digits", json.get("data").get(0).get("name").asText());
        assertEquals(10, json.get("data").get(0).get("y").get(2).asDouble());
        assertEquals(3, json.get("data").get(1).get("y").get(0).asDouble(), "test labels 0, 3, 6");
    }
}
