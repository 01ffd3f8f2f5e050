package org.nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.plot.FigureChecks.checked;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class PlotsTest {

    @Test
    void histogramSmallMultiplesGetOnePanelPerLayerWithFractionalGaps() {
        tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("h", tech.tablesaw.api.StringColumn.create("layer", "a", "a", "b", "b"),
                tech.tablesaw.api.DoubleColumn.create("bin_center", 0.5, 1.5, 0.5, 1.5),
                tech.tablesaw.api.DoubleColumn.create("fraction", 0.25, 0.75, 1, 0));
        JsonNode json = checked(LayerPlots.histograms(t, "Per layer", "value"));
        assertEquals(2, json.get("data").size());
        assertEquals("x2", json.get("data").get(1).get("xaxis").asText());
        JsonNode grid = json.get("layout").get("grid");
        assertTrue(grid.get("xgap").asDouble() < 1 && grid.get("ygap").asDouble() < 1, grid.toString());
    }

    @Test
    void confusionMatrixCountsPairs() {
        int[] labels = {0, 0, 1, 2, 2, 2};
        int[] predicted = {0, 1, 1, 2, 2, 0};
        JsonNode z = checked(MatrixPlots.confusion(labels, predicted, 3, List.of("a", "b", "c"))).get("data").get(0).get("z");
        assertEquals(1.0, z.get(0).get(1).asDouble());
        assertEquals(2.0, z.get(2).get(2).asDouble());
        assertEquals(1.0, z.get(2).get(0).asDouble());
        assertThrows(IllegalArgumentException.class, () -> MatrixPlots.confusion(labels, new int[2], 3, null));
    }

    @Test
    void weightHeatmapHasTheMatrixShape() {
        DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1, 2, 3}, {4, 5, 6}});
        JsonNode z = checked(MatrixPlots.weights(w, "W")).get("data").get(0).get("z");
        assertEquals(2, z.size());
        assertEquals(6.0, z.get(1).get(2).asDouble());
    }

    @Test
    void decisionBoundaryColoursThePlaneByPredictedClass() {
        org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(new double[][] {{-1, 0}, {-2, 1}, {1, 0}, {2, -1}});
        org.nnlab.data.Dataset data = org.nnlab.data.Dataset.classification("two sides", x, new int[] {0, 0, 1, 1}, 2);
        // logits (x1 * -1, x1 * +1): class 1 wherever x1 > 0
        org.nnlab.nn.Sequential net = org.nnlab.nn.Sequential.of(new org.nnlab.nn.Dense(2, 2, org.nnlab.init.Init.zeros()));
        net.initialize(1);
        org.nnlab.nn.Dense dense = (org.nnlab.nn.Dense) net.layers().get(0);
        dense.weights().value().set(0, 0, -1);
        dense.weights().value().set(0, 1, 1);
        JsonNode json = checked(DecisionBoundary.of(net, data, "Sign of x1"));
        assertEquals(3, json.get("data").size(), "heatmap and one series per class");
        JsonNode row = json.get("data").get(0).get("z").get(0);
        assertEquals(0.0, row.get(0).asDouble());
        assertEquals(1.0, row.get(row.size() - 1).asDouble());
        assertEquals("class 1", json.get("data").get(2).get("name").asText());
        JsonNode points = checked(DecisionBoundary.points(data, "The two sides"));
        assertEquals(2, points.get("data").size(), "one series per class, no heatmap");
        assertEquals(-2.0, points.get("data").get(0).get("x").get(1).asDouble());
        assertEquals(2.0, points.get("data").get(1).get("x").get(1).asDouble());
        org.nnlab.data.Dataset regression = org.nnlab.data.Dataset.regression("values", x, x);
        IllegalArgumentException unlabelled = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundary.points(regression, "no classes"));
        org.junit.jupiter.api.Assertions.assertTrue(unlabelled.getMessage().contains("2 features with class labels"), unlabelled.getMessage());
    }

    @Test
    void functionsAndDerivatives() {
        Map<String, DoubleUnaryOperator[]> f = new LinkedHashMap<>();
        f.put("sigmoid", new DoubleUnaryOperator[] {x -> 1 / (1 + Math.exp(-x)), x -> Math.exp(-x) / Math.pow(1 + Math.exp(-x), 2)});
        JsonNode json = checked(FunctionPlots.withDerivatives("Sigmoid", f, -6, 6));
        assertEquals(2, json.get("data").size());
        assertEquals("sigmoid'", json.get("data").get(1).get("name").asText());
        JsonNode derivative = json.get("data").get(1).get("y");
        assertEquals(0.25, derivative.get(derivative.size() / 2).asDouble(), 1e-12, "sigmoid'(0) = 1/4");
        checked(FunctionPlots.learningRates("Schedules", Map.of("constant", new double[] {0.1, 0.1}), "epoch"));
    }
}
