package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nnlab.nn.Param;

/** Optimizer updates against values computed by hand, over three steps with fixed gradients. */
class OptimizersTest {
    private static final double[] W0 = {1.0, -2.0};
    private static final List<double[]> GRADIENTS = List.of(new double[] {0.5, -1.0}, new double[] {0.25, 2.0}, new double[] {-1.0, 0.5});

    private static Param param(Param.Role role) {
        Param p = Param.trainable("p", role, 1, 2);
        System.arraycopy(W0, 0, p.value().data, 0, 2);
        return p;
    }

    private static double[] run(Optimizer optimizer, Param p, double lr) {
        for (double[] g : GRADIENTS) {
            System.arraycopy(g, 0, p.grad().data, 0, 2);
            optimizer.step(List.of(p), lr);
        }
        return p.value().data;
    }

    @Test
    void sgd() {
        // w - lr * (g1 + g2 + g3)
        assertArrayEquals(new double[] {1 - 0.1 * -0.25, -2 - 0.1 * 1.5}, run(Optimizers.sgd(), param(Param.Role.WEIGHT), 0.1), 1e-12);
    }

    @Test
    void momentum() {
        // v1 = -lr g1; v2 = mu v1 - lr g2; v3 = mu v2 - lr g3; w = w0 + v1 + v2 + v3
        double lr = 0.1;
        double mu = 0.9;
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            double v1 = -lr * GRADIENTS.get(0)[i];
            double v2 = mu * v1 - lr * GRADIENTS.get(1)[i];
            double v3 = mu * v2 - lr * GRADIENTS.get(2)[i];
            expected[i] = W0[i] + v1 + v2 + v3;
        }
        assertArrayEquals(expected, run(Optimizers.momentum(mu), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    @Test
    void momentumKeepsPastLearningRatesInsideTheVelocity() {
        Param p = param(Param.Role.WEIGHT);
        Optimizer momentum = Optimizers.momentum(0.5);
        p.grad().data[0] = 1;
        momentum.step(List.of(p), 0.1); // v = -0.1
        p.grad().data[0] = 0;
        momentum.step(List.of(p), 0.0); // v = -0.05: the rate of step 1 still acts
        assertEquals(1 - 0.1 - 0.05, p.value().data[0], 1e-15);
    }

    @Test
    void nesterov() {
        // CS231n look-ahead form: w += -mu v_prev + (1 + mu) v
        double lr = 0.1;
        double mu = 0.9;
        double[] expected = new double[2];
        for (int i = 0; i < 2; i++) {
            double v0 = 0;
            double v1 = mu * v0 - lr * GRADIENTS.get(0)[i];
            double v2 = mu * v1 - lr * GRADIENTS.get(1)[i];
            double v3 = mu * v2 - lr * GRADIENTS.get(2)[i];
            expected[i] = W0[i] + (-mu * v0 + (1 + mu) * v1) + (-mu * v1 + (1 + mu) * v2) + (-mu * v2 + (1 + mu) * v3);
        }
        assertArrayEquals(expected, run(Optimizers.nesterov(mu), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    @Test
    void adagrad() {
        double lr = 0.1;
        for (int i = 0; i < 2; i++) {
            double sumSquares = 0;
            double expected = W0[i];
            for (double[] g : GRADIENTS) {
                sumSquares += g[i] * g[i];
                expected -= lr * g[i] / (Math.sqrt(sumSquares) + 1e-8);
            }
            assertEquals(expected, run(Optimizers.adagrad(), param(Param.Role.WEIGHT), lr)[i], 1e-12);
        }
        // first step: |g| / sqrt(g^2) = 1, so w moves by lr * sign(g)
        Param p = param(Param.Role.WEIGHT);
        System.arraycopy(GRADIENTS.get(0), 0, p.grad().data, 0, 2);
        Optimizers.adagrad().step(List.of(p), 0.1);
        assertArrayEquals(new double[] {0.9, -1.9}, p.value().data, 1e-8);
    }

    private static double[] rmspropByHand(double lr, double rho) {
        double[] w = W0.clone();
        for (int i = 0; i < 2; i++) {
            double s = 0;
            for (double[] g : GRADIENTS) {
                s = rho * s + (1 - rho) * g[i] * g[i];
                w[i] -= lr * g[i] / (Math.sqrt(s) + 1e-8);
            }
        }
        return w;
    }

    @Test
    void rmsprop() {
        assertArrayEquals(rmspropByHand(0.01, 0.9), run(Optimizers.rmsprop(), param(Param.Role.WEIGHT), 0.01), 1e-12);
        assertArrayEquals(rmspropByHand(0.01, 0.5), run(Optimizers.rmsprop(0.5, 1e-8), param(Param.Role.WEIGHT), 0.01), 1e-12);
    }

    private static double[] adamByHand(double lr, double b1, double b2, double wd) {
        double[] w = W0.clone();
        for (int i = 0; i < 2; i++) {
            double m = 0;
            double v = 0;
            int t = 0;
            for (double[] g : GRADIENTS) {
                t++;
                w[i] -= lr * wd * w[i];
                m = b1 * m + (1 - b1) * g[i];
                v = b2 * v + (1 - b2) * g[i] * g[i];
                w[i] -= lr * (m / (1 - Math.pow(b1, t))) / (Math.sqrt(v / (1 - Math.pow(b2, t))) + 1e-8);
            }
        }
        return w;
    }

    @Test
    void adamWithBiasCorrection() {
        assertArrayEquals(adamByHand(0.01, 0.9, 0.999, 0), run(Optimizers.adam(), param(Param.Role.WEIGHT), 0.01), 1e-12);
        assertArrayEquals(adamByHand(0.01, 0.5, 0.9, 0), run(Optimizers.adam(0.5, 0.9, 1e-8), param(Param.Role.WEIGHT), 0.01), 1e-12);
        // bias correction makes the first step exactly lr * sign(g) (up to eps)
        Param p = param(Param.Role.WEIGHT);
        System.arraycopy(GRADIENTS.get(0), 0, p.grad().data, 0, 2);
        Optimizers.adam().step(List.of(p), 0.01);
        assertArrayEquals(new double[] {1 - 0.01, -2 + 0.01}, p.value().data, 1e-9);
    }

    @Test
    void adamWDecaysWeightsOnlyByDefault() {
        double[] decayed = adamByHand(0.01, 0.9, 0.999, 0.1);
        double[] plain = adamByHand(0.01, 0.9, 0.999, 0);
        assertArrayEquals(decayed, run(Optimizers.adamW(0.1), param(Param.Role.WEIGHT), 0.01), 1e-12);
        for (Param.Role role : List.of(Param.Role.BIAS, Param.Role.SCALE, Param.Role.SHIFT, Param.Role.SLOPE)) {
            assertArrayEquals(plain, run(Optimizers.adamW(0.1), param(role), 0.01), 1e-12, role.name());
        }
        assertArrayEquals(decayed, run(Optimizers.adamW(0.1, Param.Role.BIAS), param(Param.Role.BIAS), 0.01), 1e-12);
    }

    @Test
    void stateIsPerParameterAndStateMatricesAreSkipped() {
        Optimizer adam = Optimizers.adam();
        Param a = param(Param.Role.WEIGHT);
        Param b = param(Param.Role.WEIGHT);
        Param running = Param.state("running", 1, 2);
        for (double[] g : GRADIENTS) {
            System.arraycopy(g, 0, a.grad().data, 0, 2);
            System.arraycopy(g, 0, b.grad().data, 0, 2);
            adam.step(List.of(a, b, running), 0.01);
        }
        assertArrayEquals(adamByHand(0.01, 0.9, 0.999, 0), a.value().data, 1e-12);
        assertArrayEquals(a.value().data, b.value().data);
        assertArrayEquals(new double[] {0, 0}, running.value().data);
    }

    @Test
    void names() {
        assertEquals(List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"),
                List.of(Optimizers.sgd(), Optimizers.momentum(0.9), Optimizers.nesterov(0.9), Optimizers.adagrad(),
                        Optimizers.rmsprop(), Optimizers.adam(), Optimizers.adamW(0.01)).stream().map(Optimizer::name).toList());
    }

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void invalidHyperparametersFailAtConstructionNamingParameterAndValue() {
        assertRejected(() -> Optimizers.momentum(1.5), "momentum", "1.5");
        assertRejected(() -> Optimizers.momentum(-0.1), "momentum", "-0.1");
        assertRejected(() -> Optimizers.nesterov(1.0), "nesterov", "momentum", "1.0");
        assertRejected(() -> new AdaGrad(0), "adagrad", "eps", "0.0");
        assertRejected(() -> Optimizers.rmsprop(1.0, 1e-8), "rmsprop", "rho", "1.0");
        assertRejected(() -> Optimizers.rmsprop(0.9, -1e-8), "rmsprop", "eps", "-1.0E-8");
        assertRejected(() -> Optimizers.adam(1.0, 0.999, 1e-8), "adam", "beta1", "1.0");
        assertRejected(() -> Optimizers.adam(0.9, -0.5, 1e-8), "adam", "beta2", "-0.5");
        assertRejected(() -> Optimizers.adam(0.9, 0.999, 0), "adam", "eps", "0.0");
        assertRejected(() -> Optimizers.adam(Double.NaN, 0.999, 1e-8), "beta1", "NaN");
        assertRejected(() -> Optimizers.adamW(-1), "adamw", "weightDecay", "-1.0");
        assertRejected(() -> new Adam(0.9, 0.999, 1e-8, Double.POSITIVE_INFINITY, Set.of()), "weightDecay", "Infinity");
    }

    @Test
    void invalidLearningRateFailsAtTheStep() {
        for (Optimizer optimizer : List.of(Optimizers.sgd(), Optimizers.adam())) {
            assertRejected(() -> optimizer.step(List.of(param(Param.Role.WEIGHT)), -0.5), optimizer.name(), "learning rate", "-0.5");
            assertRejected(() -> optimizer.step(List.of(param(Param.Role.WEIGHT)), Double.NaN), "learning rate", "NaN");
            assertRejected(() -> optimizer.step(List.of(param(Param.Role.WEIGHT)), Double.POSITIVE_INFINITY), "learning rate", "Infinity");
        }
    }
}
