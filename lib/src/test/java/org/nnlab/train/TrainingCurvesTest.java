package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.plot.FigureChecks.checked;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCurvesTest {
    private static History history(String name, double... valLoss) {
        History h = new History(name, 10);
        for (int e = 0; e < valLoss.length; e++) {
            h.addEpoch(new EpochResult(e + 1, 1.0 / (e + 1), 0, 0.5, valLoss[e], 0.6, 0.01, 1));
        }
        return h;
    }

    @Test
    void lossCurvesMarkTheBestValidationEpoch() {
        JsonNode json = checked(TrainingCurves.loss(history("run", 0.9, 0.5, 0.7)));
        assertEquals(3, json.get("data").size());
        JsonNode best = json.get("data").get(2);
        assertEquals(2.0, best.get("x").get(0).asDouble());
        assertEquals(0.5, best.get("y").get(0).asDouble());
        assertTrue(best.get("name").asText().contains("2"));
    }

    @Test
    void withoutValidationOnlyTheTrainingCurveIsDrawn() {
        History h = new History("", 10);
        h.addEpoch(new EpochResult(1, 1, 0, 0.5, Double.NaN, Double.NaN, 0.1, 1));
        h.addEpoch(new EpochResult(2, 0.5, 0, 0.6, Double.NaN, Double.NaN, 0.1, 1));
        assertEquals(1, checked(h.plot()).get("data").size());
    }

    @Test
    void logScaleIsALogAxis() {
        JsonNode json = checked(TrainingCurves.logLoss(history("run", 0.9, 0.5)));
        assertEquals("log", json.get("layout").get("yaxis").get("type").asText());
    }

    @Test
    void runsShowMeanAndBand() {
        List<History> runs = List.of(history("a", 1.0, 0.5), history("b", 0.8, 0.3), history("c", 0.6, 0.4));
        JsonNode json = checked(TrainingCurves.runs(runs, History.VAL_LOSS, "Three seeds"));
        JsonNode mean = json.get("data").get(2);
        assertEquals(0.8, mean.get("y").get(0).asDouble(), 1e-12);
        assertEquals(1.0, json.get("data").get(1).get("y").get(0).asDouble(), 1e-12, "mean + sd (sd = 0.2)");
        assertEquals("tonexty", json.get("data").get(1).get("fill").asText());
        assertEquals(6, json.get("data").size(), "band (2), mean, 3 runs");
    }

    @Test
    void compareDrawsOneNamedLinePerRun() {
        JsonNode json = checked(TrainingCurves.compare(List.of(history("lr 0.1", 0.9, 0.5), history("lr 0.01", 1.0, 0.8)),
                History.VAL_LOSS, "Learning rates", false));
        assertEquals(2, json.get("data").size());
        assertEquals("lr 0.01", json.get("data").get(1).get("name").asText());
        assertEquals(0.8, json.get("data").get(1).get("y").get(1).asDouble());
    }


    @Test
    void epochBandIsMeanAndSampleSdOverTheEpochsAllRunsReached() {
        EpochBand band = EpochBand.of(List.of(history("a", 1.0, 0.5, 0.1), history("b", 0.8, 0.3), history("c", 0.6, 0.4)),
                History.VAL_LOSS);
        assertEquals(2, band.epochs().length, "run b and c stop after 2 epochs");
        assertEquals(2.0, band.epochs()[1]);
        assertEquals(0.8, band.mean()[0], 1e-12);
        assertEquals(0.6, band.low()[0], 1e-12, "sd of 1.0, 0.8, 0.6 is 0.2");
        assertEquals(1.0, band.high()[0], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> EpochBand.of(List.of(), History.VAL_LOSS));
    }
}
