package org.nnlab.linalg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class FiniteTest {
    @Test
    void findsEveryNonFiniteValueAnywhereInAnyLength() {
        for (int length : new int[] {1, 7, 16, 17, 100, 3 * Parallel.PIECE + 5}) {
            DMatrixRMaj m = new DMatrixRMaj(1, length);
            for (int i = 0; i < length; i++) {
                m.data[i] = i % 3 == 0 ? -0.0 : (i % 2 == 0 ? 1e308 : -Double.MIN_VALUE);
            }
            assertTrue(Finite.all(m), "length " + length);
            for (int at : new int[] {0, length / 2, length - 1}) {
                for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    double kept = m.data[at];
                    m.data[at] = bad;
                    assertFalse(Finite.all(m), bad + " at " + at + " of " + length);
                    m.data[at] = kept;
                }
            }
        }
    }
}
