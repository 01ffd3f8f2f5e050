package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.nn.Param;
import org.nnlab.probe.GradientCheck;

class RegularizersTest {
    private static Param param(String name, Param.Role role, double... values) {
        Param p = Param.trainable(name, role, 1, values.length);
        System.arraycopy(values, 0, p.value().data, 0, values.length);
        return p;
    }

    @Test
    void penaltiesByHand() {
        List<Param> params = List.of(param("w", Param.Role.WEIGHT, 1, -2, 3), param("b", Param.Role.BIAS, 10));
        assertEquals(0.1 * 6, Regularizers.l1(0.1).penalty(params), 1e-12);
        assertEquals(0.5 * 0.1 * 14, Regularizers.l2(0.1).penalty(params), 1e-12);
        assertEquals(0.1 * 6 + 0.5 * 0.2 * 14, Regularizers.elasticNet(0.1, 0.2).penalty(params), 1e-12);
        assertEquals(0.5 * 0.1 * 114, Regularizers.l2(0.1, Param.Role.WEIGHT, Param.Role.BIAS).penalty(params), 1e-12);
        assertEquals(0, Regularizers.none().penalty(params));
    }

    @Test
    void gradientsMatchCenteredDifferences() {
        for (Regularizer r : List.of(Regularizers.l1(0.3), Regularizers.l2(0.7), Regularizers.elasticNet(0.2, 0.5))) {
            Param w = param("w", Param.Role.WEIGHT, 0.8, -1.3, 0.4, -0.6);
            List<Param> params = List.of(w);
            r.addGradient(params);
            double error = GradientCheck.relativeError(w.grad(),
                    GradientCheck.numericGradient(() -> r.penalty(params), w.value(), GradientCheck.STEP));
            assertTrue(error < 1e-7, r.name() + ": " + error);
        }
    }

    @Test
    void biasesAndNormalizationParametersAreLeftAloneByDefault() {
        Param bias = param("b", Param.Role.BIAS, 5);
        Param gamma = param("gamma", Param.Role.SCALE, 2);
        Param weight = param("w", Param.Role.WEIGHT, 2);
        Regularizers.l2(0.5).addGradient(List.of(bias, gamma, weight));
        assertArrayEquals(new double[] {0}, bias.grad().data);
        assertArrayEquals(new double[] {0}, gamma.grad().data);
        assertArrayEquals(new double[] {1.0}, weight.grad().data, 1e-12);
    }

    @Test
    void negativeStrengthFailsNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Regularizers.l2(-0.01));
        assertTrue(e.getMessage().contains("l2") && e.getMessage().contains("-0.01"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Regularizers.l1(-1));
    }
}
