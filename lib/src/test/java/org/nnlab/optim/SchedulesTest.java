package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final int PER_EPOCH = 10;

    private static double at(Schedule s, int epoch) {
        return s.rate(epoch, (long) epoch * PER_EPOCH, PER_EPOCH);
    }

    @Test
    void valuesAtKnownEpochs() {
        assertEquals(0.1, at(Schedules.constant(0.1), 7));
        Schedule step = Schedules.stepDecay(0.1, 0.5, 3);
        assertEquals(0.1, at(step, 2), 1e-15);
        assertEquals(0.05, at(step, 3), 1e-15);
        assertEquals(0.025, at(step, 6), 1e-15);
        assertEquals(0.1 / 3, at(Schedules.inverseTime(0.1, 0.5), 4), 1e-15);
        assertEquals(0.1 * Math.pow(0.9, 5), at(Schedules.exponential(0.1, 0.9), 5), 1e-15);
        Schedule cosine = Schedules.cosine(0.1, 0.001, 10);
        assertEquals(0.1, at(cosine, 0), 1e-15);
        assertEquals((0.1 + 0.001) / 2, at(cosine, 5), 1e-15);
        assertEquals(0.001, at(cosine, 10), 1e-15);
        assertEquals(0.001, at(cosine, 12), 1e-15);
    }

    @Test
    void triangularCycleAndWarmup() {
        Schedule cyclic = Schedules.triangular(0.01, 0.11, 5);
        assertEquals(0.01, cyclic.rate(0, 0, PER_EPOCH), 1e-15);
        assertEquals(0.11, cyclic.rate(0, 5, PER_EPOCH), 1e-15);
        assertEquals(0.07, cyclic.rate(0, 7, PER_EPOCH), 1e-15); // 2 of 5 steps down from the peak
        assertEquals(0.01, cyclic.rate(1, 10, PER_EPOCH), 1e-15);
        Schedule warm = Schedules.warmup(Schedules.constant(0.1), 4);
        assertEquals(0.025, warm.rate(0, 0, PER_EPOCH), 1e-15);
        assertEquals(0.1, warm.rate(0, 3, PER_EPOCH), 1e-15);
        assertEquals(0.1, warm.rate(2, 25, PER_EPOCH), 1e-15);
        assertEquals(30, Schedules.table(warm, 3, PER_EPOCH).rowCount());
    }

    @Test
    void invalidSettingsFail() {
        assertThrows(IllegalArgumentException.class, () -> Schedules.constant(-1));
        assertThrows(IllegalArgumentException.class, () -> Schedules.stepDecay(0.1, 1.5, 3));
        assertThrows(IllegalArgumentException.class, () -> Schedules.stepDecay(0.1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedules.cosine(0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedules.warmup(Schedules.constant(0.1), 0));
    }
}
