package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.Table;

class SchedulesTest {
    private static final int PER_EPOCH = 10;

    /** The rate at the first step of {@code epoch}. */
    private static double at(Schedule s, int epoch) {
        return s.rate(epoch, (long) epoch * PER_EPOCH, PER_EPOCH);
    }

    /** The rate at global step {@code step}. */
    private static double atStep(Schedule s, long step) {
        return s.rate((int) (step / PER_EPOCH), step, PER_EPOCH);
    }

    @Test
    void epochSchedules() {
        assertEquals(0.1, at(Schedules.constant(0.1), 7));
        Schedule step = Schedules.stepDecay(0.1, 0.5, 3);
        assertEquals(0.1, at(step, 0), 1e-15);
        assertEquals(0.1, at(step, 2), 1e-15);
        assertEquals(0.05, at(step, 3), 1e-15);
        assertEquals(0.025, at(step, 6), 1e-15);
        Schedule inverse = Schedules.inverseTime(0.1, 0.5);
        assertEquals(0.1, at(inverse, 0), 1e-15);
        assertEquals(0.1 / 3, at(inverse, 4), 1e-15);
        Schedule exponential = Schedules.exponential(0.1, 0.9);
        assertEquals(0.1, at(exponential, 0), 1e-15);
        assertEquals(0.1 * Math.pow(0.9, 5), at(exponential, 5), 1e-15);
    }

    @Test
    void epochSchedulesHoldWithinAnEpoch() {
        Schedule step = Schedules.stepDecay(0.1, 0.5, 1);
        assertEquals(0.1, atStep(step, 9), 1e-15);
        assertEquals(0.05, atStep(step, 10), 1e-15);
    }

    @Test
    void cosineUsesFractionalEpochs() {
        Schedule cosine = Schedules.cosine(0.1, 0.001, 10);
        assertEquals(0.1, at(cosine, 0), 1e-15);
        assertEquals((0.1 + 0.001) / 2, at(cosine, 5), 1e-15);
        assertEquals(0.001, at(cosine, 10), 1e-15);
        assertEquals(0.001, at(cosine, 12), 1e-15);
        Schedule oneEpoch = Schedules.cosine(1, 0, 1);
        assertEquals(0.5, atStep(oneEpoch, 5), 1e-15); // half way through epoch 0
        assertEquals((1 + Math.cos(Math.PI / 4)) / 2, oneEpoch.rate(0, 1, 4), 1e-15); // a quarter of the way, 4 steps per epoch
    }

    @Test
    void triangularCycleRepeats() {
        Schedule cyclic = Schedules.triangular(0.01, 0.11, 5);
        assertEquals(0.01, atStep(cyclic, 0), 1e-15);
        assertEquals(0.05, atStep(cyclic, 2), 1e-15);
        assertEquals(0.11, atStep(cyclic, 5), 1e-15);
        assertEquals(0.07, atStep(cyclic, 7), 1e-15); // 2 of 5 steps down from the peak
        assertEquals(0.01, atStep(cyclic, 10), 1e-15);
        assertEquals(0.11, atStep(cyclic, 25), 1e-15);
    }

    @Test
    void warmupRampsLinearlyThenFollowsTheInnerSchedule() {
        Schedule warm = Schedules.warmup(Schedules.constant(0.1), 4);
        assertEquals(0.025, atStep(warm, 0), 1e-15);
        assertEquals(0.05, atStep(warm, 1), 1e-15);
        assertEquals(0.1, atStep(warm, 3), 1e-15);
        assertEquals(0.1, atStep(warm, 25), 1e-15);
        Schedule fromHalf = Schedules.warmup(Schedules.constant(0.1), 4, 0.5);
        assertEquals(0.1 * (0.5 + 0.5 * 0.25), atStep(fromHalf, 0), 1e-15);
        assertEquals(0.1, atStep(fromHalf, 3), 1e-15);
        Schedule warmCosine = Schedules.warmup(Schedules.cosine(0.1, 0, 2), 5);
        assertEquals(Schedules.cosine(0.1, 0, 2).rate(1, 15, PER_EPOCH), atStep(warmCosine, 15), 1e-15);
    }

    @Test
    void tabulatedForPlotting() {
        Schedule step = Schedules.stepDecay(0.1, 0.5, 1);
        double[] rates = Schedules.ratesPerStep(step, 3, 2);
        assertArrayEquals(new double[] {0.1, 0.1, 0.05, 0.05, 0.025, 0.025}, rates, 1e-15);
        Table table = Schedules.table(step, 3, 2);
        assertEquals(List.of("step", "epoch", "lr"), table.columnNames());
        assertEquals(6, table.rowCount());
        assertEquals(5L, table.longColumn("step").get(5));
        assertEquals(2, table.intColumn("epoch").get(5));
        assertArrayEquals(rates, table.doubleColumn("lr").asDoubleArray());
    }

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void invalidSettingsFailNamingParameterAndValue() {
        assertRejected(() -> Schedules.constant(-1), "constant", "lr", "-1.0");
        assertRejected(() -> Schedules.constant(Double.NaN), "lr", "NaN");
        assertRejected(() -> Schedules.stepDecay(0.1, 1.5, 3), "stepDecay", "gamma", "1.5");
        assertRejected(() -> Schedules.stepDecay(0.1, 0.5, 0), "stepDecay", "every", "0");
        assertRejected(() -> Schedules.inverseTime(0.1, -0.5), "inverseTime", "decay", "-0.5");
        assertRejected(() -> Schedules.exponential(0.1, 0), "exponential", "gamma", "0.0");
        assertRejected(() -> Schedules.cosine(0.1, 0, 0), "cosine", "epochs", "0");
        assertRejected(() -> Schedules.cosine(0.1, 0.2, 5), "cosine", "minLr", "0.2");
        assertRejected(() -> Schedules.triangular(0.1, 0.01, 5), "triangular", "max", "0.01");
        assertRejected(() -> Schedules.triangular(0.01, 0.1, 0), "triangular", "halfCycle", "0");
        assertRejected(() -> Schedules.warmup(Schedules.constant(0.1), 0), "warmup", "warmupSteps", "0");
        assertRejected(() -> Schedules.warmup(Schedules.constant(0.1), 5, 1.0), "warmup", "start", "1.0");
        assertRejected(() -> Schedules.ratesPerStep(Schedules.constant(0.1), 2, 0), "stepsPerEpoch", "0");
    }
}
