package org.nnlab.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GainTest {
    @Test
    void hasTheStandardValues() {
        assertEquals(1, Gain.linear());
        assertEquals(1, Gain.sigmoid());
        assertEquals(5.0 / 3.0, Gain.tanh(), 1e-15);
        assertEquals(Math.sqrt(2), Gain.relu(), 1e-15);
        assertEquals(Math.sqrt(2 / 1.0001), Gain.leakyRelu(0.01), 1e-15);
        assertEquals(Gain.relu(), Gain.leakyRelu(0), 1e-15);
        assertEquals(1, Gain.leakyRelu(1), 1e-15);
    }

    @Test
    void leakyReluNeedsAFiniteSlope() {
        assertEquals("Gain.leakyRelu: alpha must be a finite number, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Gain.leakyRelu(Double.NaN)).getMessage());
    }
}
