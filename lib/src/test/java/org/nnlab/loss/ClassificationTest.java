package org.nnlab.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ClassificationTest {
    private static final DMatrixRMaj SCORES = new DMatrixRMaj(new double[][] {{0.1, 0.7, 0.2}, {3, 1, 2}, {0, 0, 1}, {4, 4, 1}});
    private static final DMatrixRMaj LOGITS = new DMatrixRMaj(new double[][] {{2}, {-1}, {0}});

    @Test
    void argmaxTakesTheFirstLargestColumn() {
        assertArrayEquals(new int[] {1, 0, 2, 0}, Classification.argmax(SCORES));
        assertArrayEquals(new int[] {0, 0, 0}, Classification.argmax(LOGITS));
    }

    @Test
    void predictionsUseArgmaxOrTheSignOfASingleLogit() {
        assertArrayEquals(new int[] {1, 0, 2, 0}, Classification.predictions(SCORES));
        assertArrayEquals(new int[] {1, 0, 0}, Classification.predictions(LOGITS));
    }

    @Test
    void accuracyIsTheFractionPredictedCorrectly() {
        assertEquals(3, Classification.correct(SCORES, new int[] {1, 0, 0, 0}));
        assertEquals(0.75, Classification.accuracy(SCORES, new int[] {1, 0, 0, 0}), 1e-12);
        assertEquals(2.0 / 3, Classification.accuracy(LOGITS, new int[] {1, 1, 0}), 1e-12);
        assertTrue(Double.isNaN(Classification.accuracy(new DMatrixRMaj(0, 3), new int[0])));
    }

    @Test
    void labelCountMismatchNamesBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Classification.accuracy(SCORES, new int[] {1, 0}));
        assertTrue(e.getMessage().contains("4x3") && e.getMessage().contains("got 2"), e.getMessage());
    }
}
