package org.nnlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The one wording: owner, argument, expected, value and, where given, the fix; NaN fails every numeric check. */
class RequireTest {
    private static String message(Runnable check) {
        return assertThrows(IllegalArgumentException.class, check::run).getMessage();
    }

    @Test
    void messagesNameOwnerArgumentExpectationValueAndFix() {
        assertEquals("Trainer.batchSize: batchSize must be >= 1, got 0", message(() -> Require.atLeast("Trainer.batchSize", "batchSize", 0, 1)));
        assertEquals("x: y must be z, got 3; do w", message(() -> Require.that(false, "x", "y", "z", 3, "do w")));
        assertEquals("o: a must not be null", message(() -> Require.notNull("o", "a", null)));
        assertEquals("o: i must be in [0, 2], got 3", message(() -> Require.index("o", "i", 3, 3)));
    }

    @Test
    void nanFailsEveryNumericCheck() {
        double nan = Double.NaN;
        for (Runnable check : new Runnable[] {() -> Require.finite("o", "a", nan), () -> Require.nonNegative("o", "a", nan),
                () -> Require.positive("o", "a", nan), () -> Require.probability("o", "a", nan), () -> Require.fraction("o", "a", nan),
                () -> Require.openFraction("o", "a", nan), () -> Require.factor("o", "a", nan), () -> Require.between("o", "a", nan, 0, 1)}) {
            assertThrows(IllegalArgumentException.class, check::run);
        }
        assertEquals("o: a must be a finite number >= 0, got Infinity", message(() -> Require.nonNegative("o", "a", Double.POSITIVE_INFINITY)));
    }

    @Test
    void allFiniteNamesTheFirstBadRowAndColumn() {
        DMatrixRMaj m = new DMatrixRMaj(3, 4);
        m.set(2, 1, Double.NEGATIVE_INFINITY);
        m.set(2, 3, Double.NaN);
        assertEquals("fit: x must be finite numbers, got -Infinity at row 2, column 1 (of 3x4, rows and columns from 0); remove or"
                + " replace non-finite values (e.g. missing data) before training or predicting", message(() -> Require.allFinite("fit", "x", m)));
    }
}
