package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.nnlab.probe.Finding.Kind;
import org.nnlab.train.EpochResult;
import org.nnlab.train.History;
import tech.tablesaw.api.Table;

/** Synthetic curves, one per pattern, and a healthy one that must raise nothing. */
class LossCurveDiagnosisTest {
    private static final int CLASSES = 10;
    private static final double LN10 = Math.log(10);
    private static final int STEPS = 50;

    /** A history whose epoch e (0-based) has the given losses; steps scatter shuffled-like noise around them. */
    private static History history(int epochs, IntToDoubleFunction train, IntToDoubleFunction val, long seed) {
        return history(epochs, train, val, e -> 0.01, seed);
    }

    /** As above, with the learning rate of epoch e (0-based) given by {@code rate}. */
    private static History history(int epochs, IntToDoubleFunction train, IntToDoubleFunction val, IntToDoubleFunction rate, long seed) {
        History h = new History("synthetic", CLASSES);
        SplittableRandom random = new SplittableRandom(seed);
        long step = 0;
        for (int e = 0; e < epochs; e++) {
            double loss = train.applyAsDouble(e);
            double lr = rate.applyAsDouble(e);
            for (int s = 0; s < STEPS; s++) {
                h.addStep(step++, e + 1, loss * (1 + 0.05 * random.nextGaussian()), lr);
            }
            double v = val == null ? Double.NaN : val.applyAsDouble(e);
            h.addEpoch(new EpochResult(e + 1, loss, 0, Math.max(0, 1 - loss / LN10), v, Double.isNaN(v) ? Double.NaN : 0.5, lr, 1));
        }
        return h;
    }

    /** A history whose step s (0-based, {@code STEPS} per epoch) has the loss {@code loss(s)} times 1 + 2% noise; epochs are their steps' means. */
    private static History stepHistory(int epochs, LongToDoubleFunction loss, long seed) {
        History h = new History("synthetic steps", CLASSES);
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            for (int s = 0; s < STEPS; s++) {
                long step = (long) e * STEPS + s;
                double value = loss.applyAsDouble(step) * (1 + 0.02 * random.nextGaussian());
                h.addStep(step, e + 1, value, 0.01);
                sum += value;
            }
            h.addEpoch(new EpochResult(e + 1, sum / STEPS, 0, 0.5, Double.NaN, Double.NaN, 0.01, 1));
        }
        return h;
    }

    /** A run stopped by a non-finite loss at step {@code losses.length - 1}, its steps as given (no finished epoch). */
    private static History stoppedRun(double... losses) {
        History h = new History("stopped", CLASSES);
        for (int s = 0; s < losses.length; s++) {
            h.addStep(s, 1, losses[s], 0.01);
        }
        return h;
    }

    /**
     * A run's per-step losses as measured (here: a notebook run's per-step curve averaged over the 40
     * blocks the diagnosis reads), an epoch recorded after every {@code stepsPerEpoch} of them; steps
     * after the last full epoch stay, as in a run stopped inside an epoch.
     */
    private static History measured(double[] stepLosses, int stepsPerEpoch) {
        History h = new History("measured", CLASSES);
        for (int s = 0; s < stepLosses.length; s++) {
            h.addStep(s, s / stepsPerEpoch + 1, stepLosses[s], 0.01);
            if ((s + 1) % stepsPerEpoch == 0) {
                double mean = java.util.Arrays.stream(stepLosses, s + 1 - stepsPerEpoch, s + 1).average().orElseThrow();
                h.addEpoch(new EpochResult(s / stepsPerEpoch + 1, mean, 0, 0.5, Double.NaN, Double.NaN, 0.01, 1));
            }
        }
        return h;
    }

    private static LossCurveDiagnosis diagnose(History h) {
        return LossCurveDiagnosis.of(h);
    }

    @Test
    void healthyCurveRaisesNothing() {
        History h = history(15, e -> 0.3 + 2.0 * Math.exp(-0.5 * e), e -> 0.35 + 2.0 * Math.exp(-0.5 * e), 1);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.healthy(), d.toString());
        assertEquals("healthy", d.table().stringColumn("finding").get(0));
    }

    @Test
    void severalRunsShareOneTableAndEachHasASummary() {
        LossCurveDiagnosis healthy = diagnose(history(15, e -> 0.3 + 2.0 * Math.exp(-0.5 * e), e -> 0.35 + 2.0 * Math.exp(-0.5 * e), 1));
        LossCurveDiagnosis slow = diagnose(history(10, e -> 2.2 - 0.04 * e, e -> 2.25 - 0.04 * e, 5));
        assertEquals("healthy", healthy.summary());
        assertEquals(String.join(", ", slow.findings().stream().map(f -> f.kind().label()).toList()), slow.summary());
        Map<String, LossCurveDiagnosis> runs = new LinkedHashMap<>();
        runs.put("good", healthy);
        runs.put("slow", slow);
        Table table = LossCurveDiagnosis.table(runs);
        assertEquals(1 + slow.findings().size(), table.rowCount());
        assertEquals(List.of("run", "finding", "evidence"), table.columnNames());
        assertEquals("good", table.stringColumn("run").get(0));
        assertEquals("healthy", table.stringColumn("finding").get(0));
        assertEquals("slow", table.stringColumn("run").get(1));
        assertEquals(slow.findings().get(0).evidence(), table.stringColumn("evidence").get(1));
    }

    @Test
    void flatNearLnCIsNotLearning() {
        History h = history(10, e -> LN10 - 0.001 * e, e -> LN10, 2);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.NOT_LEARNING), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("ln 10"));
    }

    @Test
    void risingLossIsLearningRateTooHigh() {
        assertTrue(diagnose(history(8, e -> 2.0 * Math.pow(1.3, e), null, 3)).has(Kind.LEARNING_RATE_TOO_HIGH));
        assertTrue(diagnose(history(8, e -> e < 4 ? 2.0 - 0.2 * e : Double.NaN, null, 3)).has(Kind.LEARNING_RATE_TOO_HIGH));
    }

    @Test
    void zigZagLossIsLearningRateTooHigh() {
        History h = history(12, e -> 1.6 + (e % 2 == 0 ? 0.3 : -0.3) - 0.01 * e, null, 4);
        assertTrue(diagnose(h).has(Kind.LEARNING_RATE_TOO_HIGH), diagnose(h).toString());
    }

    @Test
    void aFittedLossBouncingNearZeroIsOverfittingNotLearningRateTooHigh() {
        double[] train = {1.1679, 0.6501, 0.5588, 0.511, 0.4352, 0.3764, 0.3339, 0.3118, 0.2685, 0.2513, 0.2252, 0.1878, 0.181,
                0.1668, 0.1329, 0.1115, 0.1142, 0.098, 0.0973, 0.0871, 0.0685, 0.0629, 0.0923, 0.0705, 0.0827};
        double[] val = {0.8537, 0.6976, 0.6495, 0.6172, 0.5871, 0.5572, 0.5776, 0.625, 0.5932, 0.5661, 0.6387, 0.5892, 0.5969,
                0.6293, 0.662, 0.6645, 0.6316, 0.7252, 0.7031, 0.6764, 0.6758, 0.8399, 0.73, 0.8288, 0.7271};
        // notebook 13 section 4, seed 1: the last 5 epochs' trend rises by about 5% per epoch of a loss near 0.08,
        // i.e. by 0.016 in all, about 1% of the first epoch's loss
        LossCurveDiagnosis d = diagnose(history(train.length, e -> train[e], e -> val[e], 10));
        assertTrue(d.has(Kind.OVERFITTING), d.toString());
        assertFalse(d.has(Kind.LEARNING_RATE_TOO_HIGH), d.toString());
    }

    @Test
    void aLossGoingBackUpIsLearningRateTooHighNotAPlateau() {
        double[] measured = {1.544, 1.209, 1.055, 1.024, 1.097, 1.499, 1.398, 1.259};   // momentum 0.9 at rate 0.3, notebook 13
        LossCurveDiagnosis d = diagnose(history(measured.length, e -> measured[e], null, 13));
        assertTrue(d.has(Kind.LEARNING_RATE_TOO_HIGH), d.toString());
        assertFalse(d.has(Kind.PLATEAU), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("rose by"), d.findings().get(0).evidence());
    }

    @Test
    void slowSteadyDecreaseIsLearningRateTooLow() {
        History h = history(10, e -> 2.2 - 0.04 * e, e -> 2.25 - 0.04 * e, 5);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.LEARNING_RATE_TOO_LOW), d.toString());
        assertFalse(d.has(Kind.OVERFITTING));
    }

    @Test
    void aSlowRunAfterAFastFirstEpochIsStillLearningRateTooLow() {
        // a Xavier output layer starts above ln 10 and settles in the first epochs; then 1.5% per epoch
        History h = history(8, e -> e == 0 ? 2.51 : 2.30 * Math.pow(0.985, e), e -> 2.28 * Math.pow(0.985, e), 12);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.LEARNING_RATE_TOO_LOW), d.toString());
        History settled = history(8, e -> e == 0 ? 2.51 : 2.0 + 0.3 * Math.pow(0.5, e), e -> 2.02 + 0.3 * Math.pow(0.5, e), 12);
        assertFalse(diagnose(settled).has(Kind.LEARNING_RATE_TOO_LOW), diagnose(settled).toString());
    }

    @Test
    void validationMinimumThenRiseIsOverfitting() {
        History h = history(20, e -> 1.5 * Math.exp(-0.3 * e) + 0.01, e -> 0.6 + 0.02 * (e - 6) * (e - 6) / 6 + 0.2 * Math.exp(-e), 6);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.OVERFITTING), d.toString());
        Finding f = d.findings().stream().filter(x -> x.kind() == Kind.OVERFITTING).findFirst().orElseThrow();
        assertTrue(f.evidence().contains("epoch 7"), f.evidence());
    }

    @Test
    void highAndCloseIsUnderfitting() {
        History h = history(10, e -> 2.0 - 0.6 * (1 - Math.exp(-e)), e -> 2.02 - 0.6 * (1 - Math.exp(-e)), 7);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.UNDERFITTING), d.toString());
        assertFalse(d.has(Kind.OVERFITTING));
    }

    @Test
    void flatTailAfterProgressIsPlateau() {
        History h = history(12, e -> e < 6 ? 2.0 - 0.2 * e : 0.9 + 0.001 * Math.sin(e), null, 8);
        LossCurveDiagnosis d = diagnose(h);
        assertTrue(d.has(Kind.PLATEAU), d.toString());
    }

    @Test
    void noisyFlatTailIsPlateauUntilTheRateIsLowered() {
        IntToDoubleFunction noisyTail = e -> e < 6 ? 2.0 - 0.2 * e : 0.9 * (1 + (e % 2 == 0 ? 0.03 : -0.03));
        LossCurveDiagnosis constant = diagnose(history(12, noisyTail, null, 8));
        assertTrue(constant.has(Kind.PLATEAU), "epoch-to-epoch jumps of 6% must not hide a flat trend: " + constant);
        LossCurveDiagnosis decayed = diagnose(history(12, noisyTail, null, e -> e < 6 ? 0.01 : 0.001, 8));
        assertFalse(decayed.has(Kind.PLATEAU), "a stall after the rate was lowered is not a plateau to fix by decay: " + decayed);
        LossCurveDiagnosis stillFalling = diagnose(history(12, e -> 2.0 * Math.pow(0.95, e), null, 8));
        assertFalse(stillFalling.has(Kind.PLATEAU), stillFalling.toString());
    }

    @Test
    void aRunStoppedByANonFiniteStepIsLearningRateTooHigh() {
        History stopped = new History("stopped in epoch 1", CLASSES);
        double[] losses = {2.3, 9.1, 120, 4.1e5, Double.NaN};
        for (int s = 0; s < losses.length; s++) {
            stopped.addStep(s, 1, losses[s], 1.0);
        }
        LossCurveDiagnosis d = diagnose(stopped);
        assertTrue(d.has(Kind.LEARNING_RATE_TOO_HIGH), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("step 4 (epoch 1)"), d.findings().get(0).evidence());
    }

    @Test
    void aLossThatExplodedAndFellBackToLnCIsLearningRateTooHighNotAPlateau() {
        History dead = new History("exploded, then dead", CLASSES);
        long step = 0;
        for (int e = 1; e <= 8; e++) {
            double sum = 0;
            for (int s = 0; s < STEPS; s++, step++) {
                double loss = e == 1 && s < 10 ? 2.3 * Math.pow(10, 8 * s) : LN10 + 1e-4 * Math.sin(s);
                dead.addStep(step, e, loss, 1.0);
                sum += loss;
            }
            dead.addEpoch(new EpochResult(e, sum / STEPS, 0, 0.1, LN10, 0.1, 1.0, 1));
        }
        LossCurveDiagnosis d = diagnose(dead);
        assertTrue(d.has(Kind.LEARNING_RATE_TOO_HIGH), d.toString());
        assertFalse(d.has(Kind.PLATEAU), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("step 1 (epoch 1)") && d.findings().get(0).evidence().contains("units died"),
                d.findings().get(0).evidence());
        History spiky = history(10, e -> 0.3 + 2.0 * Math.exp(-0.5 * e), e -> 0.35 + 2.0 * Math.exp(-0.5 * e), 11);
        spiky.addStep(STEPS * 10, 10, 5 * 2.3, 0.01);   // one bad batch at 5x the start is no explosion
        assertFalse(diagnose(spiky).has(Kind.LEARNING_RATE_TOO_HIGH), diagnose(spiky).toString());
    }

    @Test
    void samePatternEveryEpochIsNoShuffling() {
        History sorted = new History("sorted", CLASSES);
        History shuffled = new History("shuffled", CLASSES);
        SplittableRandom random = new SplittableRandom(9);
        long step = 0;
        for (int e = 1; e <= 5; e++) {
            double level = 1.0 / e;
            for (int s = 0; s < STEPS; s++) {
                level = 1.0 / (1 + step / (double) STEPS);
                double noise = 0.05 * random.nextGaussian();
                sorted.addStep(step, e, level + 0.5 * Math.sin(2 * Math.PI * s / STEPS * 3) + noise, 0.1);
                shuffled.addStep(step, e, level + 0.5 * random.nextGaussian(), 0.1);
                step++;
            }
            EpochResult r = new EpochResult(e, level, 0, 0.5, Double.NaN, Double.NaN, 0.1, 1);
            sorted.addEpoch(r);
            shuffled.addEpoch(r);
        }
        assertTrue(diagnose(sorted).has(Kind.NO_SHUFFLING), diagnose(sorted).toString());
        assertFalse(diagnose(shuffled).has(Kind.NO_SHUFFLING), diagnose(shuffled).toString());
    }

    @Test
    void aLossFallingSteeplyWithinEveryEpochIsNotMistakenForMissingShuffling() {
        History falling = new History("falling", CLASSES);
        SplittableRandom random = new SplittableRandom(10);
        long step = 0;
        for (int e = 1; e <= 6; e++) {
            for (int s = 0; s < STEPS; s++) {
                falling.addStep(step, e, 2.5 * Math.exp(-step / (2.0 * STEPS)) + 0.02 * random.nextGaussian(), 0.1);
                step++;
            }
            falling.addEpoch(new EpochResult(e, 2.5 * Math.exp(-(e - 0.5) / 2), 0, 0.5, Double.NaN, Double.NaN, 0.1, 1));
        }
        PeriodicShare share = PeriodicShare.of(falling.steps().intColumn(History.EPOCH).asIntArray(),
                falling.steps().doubleColumn(History.LOSS).asDoubleArray());
        assertTrue(share.value() < 0.1, "share " + share.value());
        assertFalse(diagnose(falling).has(Kind.NO_SHUFFLING), diagnose(falling).toString());
    }

    @Test
    void spreadAcrossSeedsIsSeedVariance() {
        List<History> close = List.of(1, 2, 3).stream()
                .map(s -> history(10, e -> 0.3 + 2 * Math.exp(-0.5 * e), e -> 0.35 + 0.01 * s + 2 * Math.exp(-0.5 * e), s)).toList();
        List<History> spread = List.of(1, 2, 3).stream()
                .map(s -> history(10, e -> 0.3 + 2 * Math.exp(-0.5 * e), e -> 0.2 * s + 2 * Math.exp(-0.5 * e), s)).toList();
        assertFalse(LossCurveDiagnosis.of(close).has(Kind.SEED_VARIANCE));
        assertTrue(LossCurveDiagnosis.of(spread).has(Kind.SEED_VARIANCE));
    }

    @Test
    void aLossClimbingFromTheFirstStepRisesFromTheStart() {
        History climbing = stepHistory(8, s -> 2.3 + 0.002 * s, 20);   // gentle, linear: a reversed sign at a small rate
        LossCurveDiagnosis d = diagnose(climbing);
        assertTrue(d.has(Kind.LOSS_RISES), d.toString());
        assertTrue(d.findings().stream().filter(f -> f.kind() == Kind.LOSS_RISES).findFirst().orElseThrow().advice().contains("sign"));
        assertFalse(d.has(Kind.PLATEAU) || d.has(Kind.UNDERFITTING), d.toString());
        LossCurveDiagnosis exploding = diagnose(stepHistory(8, s -> 2.3 * Math.exp(s / 40.0), 21));
        assertTrue(exploding.has(Kind.LEARNING_RATE_TOO_HIGH) && exploding.has(Kind.LOSS_RISES), exploding.toString());
        assertEquals(Kind.LEARNING_RATE_TOO_HIGH, exploding.findings().get(0).kind(), "the divergence finding comes first");
    }

    @Test
    void aLossThatFallsBeforeGoingUpDoesNotRiseFromTheStart() {
        double[] measured = {1.544, 1.209, 1.055, 1.024, 1.097, 1.499, 1.398, 1.259};   // momentum 0.9 at rate 0.3, notebook 13
        assertFalse(diagnose(history(measured.length, e -> measured[e], null, 13)).has(Kind.LOSS_RISES));
        assertFalse(diagnose(history(15, e -> 0.3 + 2.0 * Math.exp(-0.5 * e), e -> 0.35 + 2.0 * Math.exp(-0.5 * e), 1)).has(Kind.LOSS_RISES));
        LossCurveDiagnosis flat = diagnose(stepHistory(8, s -> LN10, 22));   // noise around ln 10: not learning, not rising
        assertTrue(flat.has(Kind.NOT_LEARNING) && !flat.has(Kind.LOSS_RISES), flat.toString());
    }

    @Test
    void aNaNOutOfAFallingCurveIsANumericalErrorFirst() {
        LossCurveDiagnosis d = diagnose(stoppedRun(0.69, 0.41, 0.22, 0.09, 0.03, 0.012, 0.008, 0.011, 0.004, Double.NaN));
        assertEquals(List.of(Kind.NUMERICAL_ERROR, Kind.LEARNING_RATE_TOO_HIGH), d.findings().stream().map(Finding::kind).toList(), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("step 9 (epoch 1)") && d.findings().get(0).advice().contains("epsilon"),
                d.findings().get(0).toString());
        assertTrue(d.findings().get(1).advice().startsWith("if no log"), d.findings().get(1).advice());
        LossCurveDiagnosis infinite = diagnose(stoppedRun(2.3, 2.1, 2.2, 1.9, Double.POSITIVE_INFINITY));
        assertTrue(infinite.has(Kind.NUMERICAL_ERROR), infinite.toString());
    }

    @Test
    void aNaNAfterABlowUpIsTheRateNotANumericalError() {
        LossCurveDiagnosis exploded = diagnose(stoppedRun(2.3, 9.1, 120, 4.1e5, Double.NaN));
        assertTrue(exploded.has(Kind.LEARNING_RATE_TOO_HIGH) && !exploded.has(Kind.NUMERICAL_ERROR), exploded.toString());
        LossCurveDiagnosis climbing = diagnose(stoppedRun(2.3, 2.9, 3.8, 5.2, 7.9, 12.6, Double.NaN));   // rising, not yet 10x
        assertTrue(climbing.has(Kind.LEARNING_RATE_TOO_HIGH) && !climbing.has(Kind.NUMERICAL_ERROR), climbing.toString());
    }

    @Test
    void aNaNAtTheFirstStepIsANumericalErrorOnly() {
        LossCurveDiagnosis d = diagnose(stoppedRun(Double.NaN));
        assertEquals(List.of(Kind.NUMERICAL_ERROR), d.findings().stream().map(Finding::kind).toList(), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("before any update"), d.findings().get(0).evidence());
    }

    @Test
    void aLongFlatStartThenAFastFallIsASlowStart() {
        // flat at ln 10 for the first 30% of 400 steps, then an exponential fall towards 0.6
        LongToDoubleFunction hockeyStick = s -> s < 120 ? LN10 - 0.0002 * s : 0.6 + (LN10 - 0.024 - 0.6) * Math.exp(-(s - 120) / 40.0);
        LossCurveDiagnosis d = diagnose(stepHistory(8, hockeyStick, 23));
        assertTrue(d.has(Kind.SLOW_START), d.toString());
        Finding f = d.findings().stream().filter(x -> x.kind() == Kind.SLOW_START).findFirst().orElseThrow();
        assertTrue(f.evidence().contains("for the first 120 steps (30% of the run)") && f.advice().contains("initialization"), f.toString());
    }

    @Test
    void aFastStartOrASteadySlowFallIsNoSlowStart() {
        LossCurveDiagnosis healthy = diagnose(stepHistory(8, s -> 0.5 + 1.8 * Math.exp(-s / 30.0), 24));
        assertFalse(healthy.has(Kind.SLOW_START), healthy.toString());
        LossCurveDiagnosis steady = diagnose(stepHistory(8, s -> LN10 - 0.002 * s, 25));   // 2.30 -> 1.50 in a straight line: 5% gone after 15% of the run
        assertFalse(steady.has(Kind.SLOW_START), "a loss falling at the same speed all along is no slow start: " + steady);
        LossCurveDiagnosis stuck = diagnose(stepHistory(8, s -> LN10, 26));
        assertFalse(stuck.has(Kind.SLOW_START), stuck.toString());
    }

    // Notebook 13a's runs (default seed, quick size): each per-step curve as the means of its 40 blocks.

    @Test
    void notebook13aSlowStartIsFoundAndHeIsNot() {
        double[] small = {2.302, 2.301, 2.3, 2.299, 2.296, 2.294, 2.29, 2.285, 2.277, 2.265, 2.246, 2.212, 2.145, 2.031, 1.872, 1.662,
            1.511, 1.375, 1.298, 1.247, 1.149, 1.292, 1.18, 1.132, 1.094, 0.9717, 0.9313, 0.963, 0.924, 0.9765, 1.006, 0.8416, 0.8565,
            0.7667, 0.7711, 0.8692, 0.7687, 0.7794, 0.8427, 0.7538};
        double[] he = {2.111, 1.433, 0.9643, 0.8903, 0.7514, 0.8187, 0.7239, 0.6606, 0.6308, 0.5736, 0.5481, 0.5771, 0.5046, 0.511,
            0.5547, 0.5742, 0.4902, 0.3981, 0.494, 0.4859, 0.4831, 0.5085, 0.3863, 0.4457, 0.4357, 0.4408, 0.3929, 0.4405, 0.3653,
            0.4821, 0.441, 0.3703, 0.3499, 0.3352, 0.3247, 0.3976, 0.3235, 0.2672, 0.3556, 0.3167};
        LossCurveDiagnosis slow = diagnose(measured(small, 4));
        assertEquals(List.of(Kind.SLOW_START), slow.findings().stream().map(Finding::kind).toList(), slow.toString());
        assertTrue(diagnose(measured(he, 4)).healthy(), diagnose(measured(he, 4)).toString());
    }

    @Test
    void notebook13sJumpyStartOnSortedDataIsNoSlowStart() {
        // notebook 13, class-sorted data read in order: the loss jumps above its start before it falls
        double[] sorted = {2.89, 4.437, 3.46, 2.902, 2.957, 2.605, 2.064, 1.925, 2.236, 2.262, 2.006, 1.633, 1.969, 2.096, 1.986, 1.27,
            1.676, 1.951, 1.794, 1.045, 1.705, 2.025, 2.114, 0.747, 1.348, 1.6, 1.666, 0.73, 1.589, 1.728, 1.812, 0.707, 1.036, 1.711,
            1.647, 0.668, 1.287, 1.454, 1.337, 0.41};
        LossCurveDiagnosis d = diagnose(measured(sorted, 4));
        assertFalse(d.has(Kind.SLOW_START), d.toString());
    }

    @Test
    void notebook13aReversedSignRisesAtBothRatesAndPlainSgdDoesNot() {
        double[] fast = {3.643, 22.03, 166.8, 951.2, 6060, 4.172e+04, 2.721e+05, 1.816e+06, 1.202e+07, 8.056e+07, 5.16e+08, 3.392e+09,
            2.161e+10, 1.56e+11, 1.037e+12, 6.297e+12, 3.798e+13, 2.617e+14, 1.729e+15, 1.202e+16, 8.37e+16, 4.993e+17, 3.641e+18,
            2.213e+19, 1.49e+20, 9.958e+20, 6.232e+21, 4.195e+22, 2.8e+23, 1.833e+24, 1.148e+25, 7.895e+25, 5.11e+26, 3.343e+27, 2.233e+28,
            1.475e+29, 9.778e+29, 6.198e+30, 3.865e+31, 2.791e+32};
        double[] slow = {2.534, 2.657, 2.792, 2.908, 3.302, 3.907, 4.755, 5.919, 7.378, 9.244, 11.17, 13.86, 16.77, 21.97, 26.06, 30.37,
            36.45, 46.96, 56.75, 70.9, 87.13, 98.34, 130.5, 147.5, 186.2, 227, 267.7, 335, 408.4, 493.2, 585, 741.1, 882.7, 1076, 1323,
            1607, 1960, 2331, 2792, 3647};
        double[] plain = {2.324, 2.08, 1.903, 1.804, 1.649, 1.605, 1.485, 1.374, 1.333, 1.284, 1.259, 1.209, 1.194, 1.165, 1.081, 1.032,
            1.082, 0.9822, 1.002, 1.004, 0.9598, 0.9702, 0.932, 0.9299, 0.9194, 0.9142, 0.894, 0.8527, 0.8363, 0.8564, 0.8696, 0.8539,
            0.839, 0.8033, 0.7892, 0.851, 0.724, 0.8418, 0.7886, 0.8202};
        for (double[] reversed : List.of(fast, slow)) {
            LossCurveDiagnosis d = diagnose(measured(reversed, 4));
            assertTrue(d.has(Kind.LOSS_RISES) && !d.has(Kind.NUMERICAL_ERROR), d.toString());
        }
        LossCurveDiagnosis descent = diagnose(measured(plain, 4));
        assertFalse(descent.has(Kind.LOSS_RISES) || descent.has(Kind.LEARNING_RATE_TOO_HIGH), descent.toString());
    }

    @Test
    void notebook13aNaNFromAHandWrittenLogIsANumericalError() {
        double[] beforeTheNaN = {0.5547, 0.1449, 0.2812, 0.1059, 0.003563, 0.005075, 0.0945, 0.008652, 0.04055, 0.003438, 0.02301,
            0.04479, 0.0107, 0.008966, 0.006214, 0.0002983, 0.03665, 0.033, 0.0004903, 0.1108, 0.01032, 0.00106, 0.006897, 0.03348,
            0.009745, 0.004627, 0.02758, 0.03433, 0.06581, 0.004725, 0.04112, 0.006638, 0.002002, 0.001157, 0.02395, 0.01105, 0.002981,
            0.003737, 0.007288, 0.002509, 0.004657, 0.008364, 0.002281, 0.002717, 0.001816, 0.005172, 0.002919, 0.002186, 0.00156,
            0.004384, 0.003989, 0.000491, 0.002262, 0.001959, 0.001321};
        double[] run = java.util.Arrays.copyOf(beforeTheNaN, beforeTheNaN.length + 1);
        run[beforeTheNaN.length] = Double.NaN;
        History stopped = measured(run, 11);   // 5 finished epochs, then the NaN in the sixth, as in the notebook
        stopped.markAborted("the loss is NaN at epoch 6");
        LossCurveDiagnosis d = diagnose(stopped);
        assertEquals(List.of(Kind.NUMERICAL_ERROR, Kind.LEARNING_RATE_TOO_HIGH), d.findings().stream().map(Finding::kind).toList(), d.toString());
        assertTrue(d.findings().get(0).evidence().contains("(epoch 6)"), d.findings().get(0).evidence());
    }
}
