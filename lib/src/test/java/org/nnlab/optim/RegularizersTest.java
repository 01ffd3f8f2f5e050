package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nnlab.nn.Param;
import org.nnlab.probe.GradientCheck;
import org.nnlab.random.Rng;

class RegularizersTest {
    private static Param param(String name, Param.Role role, double... values) {
        Param p = Param.trainable(name, role, 1, values.length);
        System.arraycopy(values, 0, p.value().data, 0, values.length);
        return p;
    }

    /** Random weights with |w| >= 0.1, away from L1's kink at 0. */
    private static Param awayFromZero(long seed) {
        Rng rng = Rng.of(seed);
        Param p = Param.trainable("w", Param.Role.WEIGHT, 3, 4);
        for (int i = 0; i < p.size(); i++) {
            p.value().data[i] = (rng.bernoulli(0.5) ? 1 : -1) * rng.uniform(0.1, 2);
        }
        return p;
    }

    private static double gradientError(Regularizer r, Param w) {
        List<Param> params = List.of(w);
        r.addGradient(params);
        return GradientCheck.relativeError(w.grad(), GradientCheck.numericGradient(() -> r.penalty(params), w.value(), GradientCheck.STEP));
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
        assertTrue(gradientError(Regularizers.l2(0.7), awayFromZero(1)) < 1e-7);
        assertTrue(gradientError(Regularizers.l1(0.3), awayFromZero(2)) < 1e-5);
        assertTrue(gradientError(Regularizers.elasticNet(0.2, 0.5), awayFromZero(3)) < 1e-5);
    }

    @Test
    void gradientsAreAddedToTheDataGradient() {
        Param w = param("w", Param.Role.WEIGHT, 2, -3, 0);
        w.grad().data[0] = 1;
        Regularizers.elasticNet(0.1, 0.5).addGradient(List.of(w));
        // l1 sign(w) + l2 w, with sign(0) = 0
        assertArrayEquals(new double[] {1 + 0.1 + 1.0, -0.1 - 1.5, 0}, w.grad().data, 1e-12);
    }

    @Test
    void l1SubgradientIsZeroAtZero() {
        Param w = param("w", Param.Role.WEIGHT, 0, 0.5, -0.5);
        Regularizers.l1(0.3).addGradient(List.of(w));
        assertArrayEquals(new double[] {0, 0.3, -0.3}, w.grad().data, 1e-15);
    }

    @Test
    void biasesAndNormalizationParametersAreLeftAloneByDefault() {
        List<Param> others = List.of(param("b", Param.Role.BIAS, 5), param("gamma", Param.Role.SCALE, 2),
                param("beta", Param.Role.SHIFT, 3), param("alpha", Param.Role.SLOPE, 0.25));
        Param weight = param("w", Param.Role.WEIGHT, 2);
        List<Param> all = new ArrayList<>(others);
        all.add(weight);
        for (Regularizer r : List.of(Regularizers.l1(0.5), Regularizers.l2(0.5), Regularizers.elasticNet(0.5, 0.5))) {
            assertEquals(r.penalty(List.of(weight)), r.penalty(all), 1e-15, r.name());
            r.addGradient(all);
            for (Param p : others) {
                assertArrayEquals(new double[] {0}, p.grad().data, r.name() + " touched " + p);
            }
        }
        assertArrayEquals(new double[] {0.5 + 1.0 + 0.5 + 1.0}, weight.grad().data, 1e-12);
    }

    @Test
    void allRolesMeansEveryTrainableParameterButNeverState() {
        Param bias = param("b", Param.Role.BIAS, 2);
        Param running = Param.state("running_mean", 1, 1);
        running.value().data[0] = 100;
        Regularizer everything = Regularizers.l2(1.0, Param.Role.values());
        assertEquals(2.0, everything.penalty(List.of(bias, running)), 1e-12);
        everything.addGradient(List.of(bias, running));
        assertArrayEquals(new double[] {2}, bias.grad().data, 1e-12);
        assertArrayEquals(new double[] {100}, running.value().data);
    }

    @Test
    void names() {
        assertEquals(List.of("none", "L1(0.00100000)", "L2(0.0100000)", "ElasticNet(0.100000, 0.200000)"),
                List.of(Regularizers.none(), Regularizers.l1(1e-3), Regularizers.l2(1e-2), Regularizers.elasticNet(0.1, 0.2))
                        .stream().map(Regularizer::name).toList());
    }

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void invalidStrengthFailsNamingParameterAndValue() {
        assertRejected(() -> Regularizers.l2(-0.01), "l2", "-0.01");
        assertRejected(() -> Regularizers.l1(-1), "l1", "-1.0");
        assertRejected(() -> Regularizers.elasticNet(0.1, Double.NaN), "l2", "NaN");
        assertRejected(() -> Regularizers.elasticNet(Double.POSITIVE_INFINITY, 0.1), "l1", "Infinity");
    }
}
