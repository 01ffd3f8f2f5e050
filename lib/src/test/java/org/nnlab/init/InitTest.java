package org.nnlab.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnlab.random.Rng;

class InitTest {
    /** Unequal fans so that fan-in, fan-out and their average give different scales. */
    private static final int FAN_IN = 400;
    private static final int FAN_OUT = 2500;

    static Stream<Arguments> schemes() {
        double sumOfFans = FAN_IN + FAN_OUT;
        return Stream.of(
                Arguments.of("normal(0.05)", Init.normal(0.05), 0.05),
                Arguments.of("uniform(0.3)", Init.uniform(0.3), 0.3 / Math.sqrt(3)),
                Arguments.of("xavierNormal", Init.xavierNormal(), Math.sqrt(2 / sumOfFans)),
                Arguments.of("xavierNormal(tanh gain)", Init.xavierNormal(Gain.tanh()),
                        Gain.tanh() * Math.sqrt(2 / sumOfFans)),
                Arguments.of("xavierUniform", Init.xavierUniform(), Math.sqrt(2 / sumOfFans)),
                Arguments.of("xavierUniform(relu gain)", Init.xavierUniform(Gain.relu()), Math.sqrt(4 / sumOfFans)),
                Arguments.of("heNormal", Init.heNormal(), Math.sqrt(2.0 / FAN_IN)),
                Arguments.of("heNormal(FAN_OUT)", Init.heNormal(FanMode.FAN_OUT), Math.sqrt(2.0 / FAN_OUT)),
                Arguments.of("heNormal(FAN_IN, leaky 0.1)", Init.heNormal(FanMode.FAN_IN, Gain.leakyRelu(0.1)),
                        Math.sqrt(2 / (1 + 0.01) / FAN_IN)),
                Arguments.of("heUniform", Init.heUniform(), Math.sqrt(2.0 / FAN_IN)),
                Arguments.of("heUniform(FAN_OUT)", Init.heUniform(FanMode.FAN_OUT), Math.sqrt(2.0 / FAN_OUT)),
                Arguments.of("lecunNormal", Init.lecunNormal(), Math.sqrt(1.0 / FAN_IN)),
                Arguments.of("xavier", Init.xavier(), Math.sqrt(2 / sumOfFans)),
                Arguments.of("he", Init.he(), Math.sqrt(2.0 / FAN_IN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void empiricalStandardDeviationMatchesTheory(String label, Initializer init, double expectedStd) {
        DMatrixRMaj w = new DMatrixRMaj(FAN_IN, FAN_OUT);
        init.fill(w, Rng.of(1));
        double mean = Arrays.stream(w.data).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(w.data).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        assertEquals(expectedStd, std, 0.02 * expectedStd, label);
        assertEquals(0, mean, 0.01 * expectedStd, label);
    }

    @Test
    void uniformSchemesStayWithinTheirLimit() {
        DMatrixRMaj w = new DMatrixRMaj(FAN_IN, FAN_OUT);
        Init.heUniform().fill(w, Rng.of(2));
        double limit = Math.sqrt(6.0 / FAN_IN);
        double max = Arrays.stream(w.data).map(Math::abs).max().orElseThrow();
        assertTrue(max <= limit && max > 0.99 * limit, "max |w| = " + max + ", limit " + limit);
    }

    @Test
    void constantsFillEveryEntry() {
        DMatrixRMaj w = new DMatrixRMaj(3, 4);
        Init.constant(-0.5).fill(w, Rng.of(1));
        assertTrue(Arrays.stream(w.data).allMatch(v -> v == -0.5));
        Init.zeros().fill(w, Rng.of(1));
        assertTrue(Arrays.stream(w.data).allMatch(v -> v == 0));
    }

    @Test
    void sameSeedSameWeightsDifferentSeedDifferentWeights() {
        DMatrixRMaj a = new DMatrixRMaj(30, 20);
        DMatrixRMaj b = new DMatrixRMaj(30, 20);
        Init.he().fill(a, Rng.of(7));
        Init.he().fill(b, Rng.of(7));
        assertArrayEquals(a.data, b.data);
        Init.he().fill(b, Rng.of(8));
        assertFalse(Arrays.equals(a.data, b.data));
    }

    @Test
    void describesItself() {
        assertEquals("he_normal(fan_in, gain " + Math.sqrt(2) + ")", Init.he().toString());
        assertEquals("zeros", Init.zeros().toString());
        assertEquals("normal(0.01)", Init.normal(0.01).toString());
    }

    @Test
    void invalidArgumentsFailNamingParameterAndValue() {
        assertEquals("Init.normal: std must be a finite number >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Init.normal(-1)).getMessage());
        assertEquals("Init.uniform: limit must be a finite number >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> Init.uniform(Double.NaN)).getMessage());
        assertEquals("Init.constant: value must be a finite number, got Infinity",
                assertThrows(IllegalArgumentException.class, () -> Init.constant(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("xavier_normal: gain must be a finite number > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> Init.xavierNormal(0)).getMessage());
        assertEquals("he_uniform: gain must be a finite number > 0, got -2.0",
                assertThrows(IllegalArgumentException.class, () -> Init.heUniform(FanMode.FAN_IN, -2)).getMessage());
        assertEquals("he_normal: mode must not be null",
                assertThrows(IllegalArgumentException.class, () -> Init.heNormal(null)).getMessage());
    }
}
