package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Bad input to the optim package: schedules refuse a clock they cannot read, tables refuse sizes that overflow. */
class BadInputTest {
    @Test
    void schedulesRefuseNegativeStepsAndZeroStepsPerEpoch() {
        Schedule cosine = Schedules.cosine(0.1, 0, 10);
        assertEquals("cosine(0.1 to 0.0 over 10 epochs): stepsPerEpoch must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> cosine.rate(0, 5, 0)).getMessage());
        assertEquals("cosine(0.1 to 0.0 over 10 epochs): step must be >= 0 (steps count from 0), got -1",
                assertThrows(IllegalArgumentException.class, () -> cosine.rate(0, -1, 10)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedules.stepDecay(0.1, 0.5, 2).rate(-1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> Schedules.warmup(Schedules.constant(0.1), 5).rate(0, -3, 10));
    }

    @Test
    void ratesPerStepRefusesAnOverflowingRunWithTheNumbers() {
        assertEquals("Schedules.ratesPerStep: epochs x stepsPerEpoch must be <= 2147483639 (one rate per step must fit in an"
                + " array), got 100000 x 100000 = 10000000000", assertThrows(IllegalArgumentException.class,
                        () -> Schedules.ratesPerStep(Schedules.constant(0.1), 100_000, 100_000)).getMessage());
    }

    @Test
    void hyperparametersUseTheOneWording() {
        assertEquals("Schedules.stepDecay: gamma must be in (0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> Schedules.stepDecay(0.1, 1.5, 2)).getMessage());
        assertEquals("Schedules.constant: lr must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Schedules.constant(Double.NaN)).getMessage());
    }
}
