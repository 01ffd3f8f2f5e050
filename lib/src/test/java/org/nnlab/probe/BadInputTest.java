package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.probe.Finding.Kind;
import org.nnlab.train.EpochResult;
import org.nnlab.train.History;

/** Bad input to the diagnosis: a history it cannot read is never called healthy, and it says why. */
class BadInputTest {
    private static History falling(int epochs, double... valLosses) {
        History h = new History("run", 10);
        for (int e = 1; e <= epochs; e++) {
            h.addStep(e - 1, e, 2.0 / e, 0.01);
            h.addEpoch(new EpochResult(e, 2.0 / e, 0, 0.5, valLosses.length > 0 ? valLosses[e - 1] : Double.NaN, 0.5, 0.01, 1));
        }
        return h;
    }

    private static void assertCannotJudge(LossCurveDiagnosis d, String why) {
        assertFalse(d.healthy(), d.toString());
        assertTrue(d.has(Kind.CANNOT_JUDGE), d.toString());
        assertTrue(d.findings().stream().anyMatch(f -> f.evidence().contains(why)), d.toString());
    }

    @Test
    void anEmptyOrOneEpochHistoryCannotBeJudged() {
        assertCannotJudge(LossCurveDiagnosis.of(new History("empty", 10)), "no epoch finished");
        assertCannotJudge(LossCurveDiagnosis.of(falling(1)), "only 1 epoch");
        assertCannotJudge(LossCurveDiagnosis.of(List.of()), "no runs");
        assertCannotJudge(LossCurveDiagnosis.of(List.of(new History("a", 10), new History("b", 10))), "no epoch finished");
    }

    @Test
    void anAbortedRunIsNotHealthy() {
        History stoppedInside = falling(6);
        stoppedInside.addStep(6, 7, 0.3, 0.01);
        assertCannotJudge(LossCurveDiagnosis.of(stoppedInside), "stopped inside epoch 7");
        History aborted = falling(6);
        aborted.markAborted("the disk was full");
        assertCannotJudge(LossCurveDiagnosis.of(aborted), "the disk was full");
    }

    @Test
    void aNonFiniteValidationLossIsNotHealthy() {
        LossCurveDiagnosis d = LossCurveDiagnosis.of(falling(6, 1.0, 0.9, 0.8, 0.7, 0.65, Double.NaN));
        assertCannotJudge(d, "the validation loss is NaN at epoch 6");
        assertEquals(1, d.findings().size(), d.toString());
    }
}
