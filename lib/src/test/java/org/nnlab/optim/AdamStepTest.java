package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnlab.linalg.VectorApi;

/** The vectorized Adam loop gives exactly the bits of the formula applied element by element. */
class AdamStepTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -1e300};

    @Test
    void testsRunWithTheVectorApi() {
        assertTrue(VectorApi.available(), "surefire's default execution adds jdk.incubator.vector");
    }

    @Test
    void sameBitsAsTheScalarFormulaForAnyRange() {
        AdamStep step = new AdamStep(1e-4, 0.9, 0.999, 1 - Math.pow(0.9, 3), 1 - Math.pow(0.999, 3), 1e-3, 1e-8);
        for (int[] range : new int[][] {{0, 1000}, {3, 997}, {5, 12}, {0, 7}}) {
            double[][] actual = randomState(1000, 5);
            double[][] expected = randomState(1000, 5);
            step.apply(actual[0], actual[1], actual[2], actual[3], range[0], range[1]);
            for (int i = range[0]; i < range[1]; i++) {
                scalar(step, expected[0], expected[1], expected[2], expected[3], i);
            }
            for (int a = 0; a < 4; a++) {
                assertArrayEquals(expected[a], actual[a], "array " + a + ", range " + range[0] + ".." + range[1]);
            }
        }
    }

    /** Adam's update as written before it was vectorized. */
    private static void scalar(AdamStep s, double[] w, double[] g, double[] m, double[] v, int i) {
        w[i] -= s.decay() * w[i];
        m[i] = s.beta1() * m[i] + (1 - s.beta1()) * g[i];
        v[i] = s.beta2() * v[i] + (1 - s.beta2()) * g[i] * g[i];
        w[i] -= s.lr() * (m[i] / s.correction1()) / (Math.sqrt(v[i] / s.correction2()) + s.eps());
    }

    /** w, g, m, v (v >= 0), with special values sprinkled in. */
    private static double[][] randomState(int n, long seed) {
        Random random = new Random(seed);
        double[][] state = new double[4][n];
        for (int a = 0; a < 4; a++) {
            for (int i = 0; i < n; i++) {
                double x = random.nextInt(50) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextGaussian() * Math.exp(random.nextGaussian() * 3);
                state[a][i] = a == 3 ? Math.abs(x) : x;
            }
        }
        return state;
    }
}
