package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DropoutTest {
    private static Dropout initialized(double rate, long seed) {
        Dropout dropout = new Dropout(rate);
        dropout.initialize(seed);
        return dropout;
    }

    @Test
    void isTheIdentityInEval() {
        DMatrixRMaj x = gaussian(4, 5, 1);
        Dropout dropout = initialized(0.5, 1);
        assertArrayEquals(Arrays.copyOf(x.data, 20), Arrays.copyOf(dropout.forward(x, Mode.EVAL).data, 20));
        DMatrixRMaj g = gaussian(4, 5, 2);
        assertArrayEquals(Arrays.copyOf(g.data, 20), Arrays.copyOf(dropout.backward(g).data, 20));
    }

    @Test
    void dropsWithProbabilityRateAndScalesTheRestByInverseKeep() {
        double rate = 0.3;
        DMatrixRMaj x = new DMatrixRMaj(100, 100);
        x.fill(2);
        DMatrixRMaj y = initialized(rate, 3).forward(x, Mode.TRAIN);
        int dropped = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            if (y.data[i] == 0) {
                dropped++;
            } else {
                assertEquals(2 / (1 - rate), y.data[i], 1e-15);
            }
        }
        assertEquals(rate, dropped / 10000.0, 0.015);
    }

    @Test
    void preservesTheExpectedActivation() {
        DMatrixRMaj x = gaussian(10, 20, 4);
        Dropout dropout = initialized(0.5, 5);
        int draws = 4000;
        DMatrixRMaj sum = new DMatrixRMaj(10, 20);
        for (int k = 0; k < draws; k++) {
            DMatrixRMaj y = dropout.forward(x, Mode.TRAIN);
            for (int i = 0; i < sum.getNumElements(); i++) {
                sum.data[i] += y.data[i];
            }
        }
        for (int i = 0; i < sum.getNumElements(); i++) {
            // each mask entry has mean 1 and standard deviation 1 at rate 0.5: the mean of 4000 is within 5 sigma
            assertEquals(x.data[i], sum.data[i] / draws, 5 * Math.abs(x.data[i]) / Math.sqrt(draws) + 1e-12);
        }
    }

    @Test
    void drawsAFreshMaskEachTrainPassUnlessFrozen() {
        DMatrixRMaj x = gaussian(6, 8, 6);
        Dropout dropout = initialized(0.5, 7);
        double[] first = dropout.forward(x, Mode.TRAIN).data.clone();
        double[] second = dropout.forward(x, Mode.TRAIN).data.clone();
        assertFalse(Arrays.equals(first, second));
        dropout.freezeMask(true);
        double[] frozen = dropout.forward(x, Mode.TRAIN).data.clone();
        assertArrayEquals(frozen, dropout.forward(x, Mode.TRAIN).data);
        dropout.freezeMask(false);
        assertFalse(Arrays.equals(frozen, dropout.forward(x, Mode.TRAIN).data));
    }

    @Test
    void masksDependOnlyOnTheSeed() {
        DMatrixRMaj x = gaussian(6, 8, 6);
        double[] a = initialized(0.5, 8).forward(x, Mode.TRAIN).data.clone();
        assertArrayEquals(a, initialized(0.5, 8).forward(x, Mode.TRAIN).data);
        assertFalse(Arrays.equals(a, initialized(0.5, 9).forward(x, Mode.TRAIN).data));
    }

    @Test
    void gradientsMatchNumericalOnesWithAFrozenMask() {
        Dropout dropout = initialized(0.4, 10);
        dropout.freezeMask(true);
        assertGradientsMatch("dropout (TRAIN, frozen mask)", dropout, gaussian(5, 6, 11), Mode.TRAIN, SMOOTH);
        assertGradientsMatch("dropout (EVAL)", dropout, gaussian(5, 6, 11), Mode.EVAL, SMOOTH);
    }

    @Test
    void rateZeroKeepsEverything() {
        DMatrixRMaj x = gaussian(3, 3, 12);
        assertArrayEquals(Arrays.copyOf(x.data, 9), Arrays.copyOf(initialized(0, 1).forward(x, Mode.TRAIN).data, 9));
    }

    @Test
    void trainNeedsInitializationButEvalDoesNot() {
        Dropout dropout = new Dropout(0.5);
        assertFalse(dropout.isInitialized());
        dropout.forward(new DMatrixRMaj(2, 2), Mode.EVAL);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> dropout.forward(new DMatrixRMaj(2, 2), Mode.TRAIN));
        assertTrue(e.getMessage().startsWith("dropout has no random stream for its masks: call initialize(seed)"), e.getMessage());
    }

    @Test
    void rateOutsideZeroOneFailsNamingParameterAndValue() {
        assertEquals("dropout: rate must be in [0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1)).getMessage());
        assertEquals("dropout: rate must be in [0, 1), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1)).getMessage());
        assertEquals("dropout: rate must be in [0, 1), got NaN",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(Double.NaN)).getMessage());
    }
}
