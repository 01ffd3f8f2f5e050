package org.nnlab.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.nnlab.jupyter.PlotlyJson;
import tech.tablesaw.plotly.components.Figure;

/** What every nnlab figure has, for the tests of the packages that draw figures. */
public final class FigureChecks {
    private FigureChecks() {
    }

    /** Asserts a title, titled axes, and named series when there are several; returns the Plotly JSON. */
    public static JsonNode checked(Figure figure) {
        JsonNode json = PlotlyJson.toTree(figure);
        assertFalse(json.path("layout").path("title").path("text").asText().isBlank(), "title");
        assertFalse(json.path("layout").path("xaxis").path("title").path("text").asText().isBlank(), "x axis title");
        assertFalse(json.path("layout").path("yaxis").path("title").path("text").asText().isBlank(), "y axis title");
        if (json.get("data").size() > 1) {
            json.get("data").forEach(t -> assertFalse(t.path("name").asText().isBlank(), "series name"));
        }
        return json;
    }
}
