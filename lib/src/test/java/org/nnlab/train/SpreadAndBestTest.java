package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpreadAndBestTest {
    @Test
    void spreadIsTheMeanAndTheSampleStandardDeviation() {
        Spread s = Spread.of(1, 2, 3, 4);
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), 1e-15);
        assertEquals(4, s.count());
        assertEquals(0, Spread.of(7).sd());
        Spread layers = Spread.of(0.5, 4, 2);
        assertEquals(0.5, layers.min());
        assertEquals(4, layers.max());
        assertEquals(3.5, layers.range());
        assertEquals(8, layers.ratio());
        assertThrows(IllegalArgumentException.class, Spread::of);
    }

    @Test
    void bestIsTheLowestLossOrTheHighestAccuracyAndSkipsNaN() {
        History h = new History("h", 2);
        double[] val = {0.9, 0.5, 0.6};
        double[] acc = {0.6, 0.7, 0.8};
        for (int e = 0; e < 3; e++) {
            h.addEpoch(new EpochResult(e + 1, 1.0 / (e + 1), 0, Double.NaN, val[e], acc[e], 0.1, 1));
        }
        assertEquals(2, h.bestEpoch());
        assertEquals(0.5, h.best(History.VAL_LOSS));
        assertEquals(3, h.bestEpoch(History.VAL_ACCURACY));
        assertEquals(3, h.bestEpoch(History.TRAIN_LOSS));
        assertEquals(2, h.epochsTo(History.VAL_LOSS, 0.55));
        assertEquals(1, h.epochsTo(History.VAL_LOSS, 0.9));
        assertEquals(-1, h.epochsTo(History.VAL_LOSS, 0.4));
        assertEquals(3, h.epochsTo(History.VAL_ACCURACY, 0.75));
        assertEquals(-1, h.epochsTo(History.VAL_ACCURACY, 0.81));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> h.best(History.TRAIN_ACCURACY));
        assertTrue(none.getMessage().contains("train_accuracy"), none.getMessage());
    }
}
