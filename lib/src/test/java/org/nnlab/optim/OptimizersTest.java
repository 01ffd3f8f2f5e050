package org.nnlab.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.nn.Param;

/** Optimizer updates against values computed by hand, over three steps with fixed gradients. */
class OptimizersTest {
    private static final double[] G1 = {0.5, -1.0};
    private static final double[] G2 = {0.25, 2.0};
    private static final double[] G3 = {-1.0, 0.5};

    private static Param param(Param.Role role) {
        Param p = Param.trainable("p", role, 1, 2);
        p.value().data[0] = 1.0;
        p.value().data[1] = -2.0;
        return p;
    }

    private static double[] run(Optimizer optimizer, Param p, double lr) {
        for (double[] g : List.of(G1, G2, G3)) {
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
        double lr = 0.1, mu = 0.9;
        double[] expected = new double[2];
        double[] w0 = {1, -2};
        for (int i = 0; i < 2; i++) {
            double v1 = -lr * G1[i];
            double v2 = mu * v1 - lr * G2[i];
            double v3 = mu * v2 - lr * G3[i];
            expected[i] = w0[i] + v1 + v2 + v3;
        }
        assertArrayEquals(expected, run(Optimizers.momentum(mu), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    @Test
    void nesterov() {
        double lr = 0.1, mu = 0.9;
        double[] expected = new double[2];
        double[] w0 = {1, -2};
        for (int i = 0; i < 2; i++) {
            double v0 = 0, v1 = mu * v0 - lr * G1[i], v2 = mu * v1 - lr * G2[i], v3 = mu * v2 - lr * G3[i];
            expected[i] = w0[i] + (-mu * v0 + (1 + mu) * v1) + (-mu * v1 + (1 + mu) * v2) + (-mu * v2 + (1 + mu) * v3);
        }
        assertArrayEquals(expected, run(Optimizers.nesterov(mu), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    @Test
    void adagrad() {
        double lr = 0.1, eps = 1e-8;
        double[] expected = {1, -2};
        for (int i = 0; i < 2; i++) {
            double s = 0;
            for (double[] g : List.of(G1, G2, G3)) {
                s += g[i] * g[i];
                expected[i] -= lr * g[i] / (Math.sqrt(s) + eps);
            }
        }
        assertArrayEquals(expected, run(Optimizers.adagrad(), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    @Test
    void rmsprop() {
        double lr = 0.01, rho = 0.9, eps = 1e-8;
        double[] expected = {1, -2};
        for (int i = 0; i < 2; i++) {
            double s = 0;
            for (double[] g : List.of(G1, G2, G3)) {
                s = rho * s + (1 - rho) * g[i] * g[i];
                expected[i] -= lr * g[i] / (Math.sqrt(s) + eps);
            }
        }
        assertArrayEquals(expected, run(Optimizers.rmsprop(), param(Param.Role.WEIGHT), lr), 1e-12);
    }

    private static double[] adamByHand(double lr, double wd, boolean decay) {
        double b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double[] w = {1, -2};
        for (int i = 0; i < 2; i++) {
            double m = 0, v = 0;
            int t = 0;
            for (double[] g : List.of(G1, G2, G3)) {
                t++;
                if (decay) {
                    w[i] -= lr * wd * w[i];
                }
                m = b1 * m + (1 - b1) * g[i];
                v = b2 * v + (1 - b2) * g[i] * g[i];
                w[i] -= lr * (m / (1 - Math.pow(b1, t))) / (Math.sqrt(v / (1 - Math.pow(b2, t))) + eps);
            }
        }
        return w;
    }

    @Test
    void adamWithBiasCorrection() {
        double[] w = run(Optimizers.adam(), param(Param.Role.WEIGHT), 0.01);
        assertArrayEquals(adamByHand(0.01, 0, false), w, 1e-12);
        // bias correction makes the first step exactly lr * sign(g) (up to eps)
        Param p = param(Param.Role.WEIGHT);
        System.arraycopy(G1, 0, p.grad().data, 0, 2);
        Optimizers.adam().step(List.of(p), 0.01);
        assertArrayEquals(new double[] {1 - 0.01, -2 + 0.01}, p.value().data, 1e-9);
    }

    @Test
    void adamWDecaysWeightsButNotBiases() {
        assertArrayEquals(adamByHand(0.01, 0.1, true), run(Optimizers.adamW(0.1), param(Param.Role.WEIGHT), 0.01), 1e-12);
        assertArrayEquals(adamByHand(0.01, 0.1, false), run(Optimizers.adamW(0.1), param(Param.Role.BIAS), 0.01), 1e-12);
    }

    @Test
    void stateIsPerParameterAndStateMatricesAreSkipped() {
        Optimizer adam = Optimizers.adam();
        Param a = param(Param.Role.WEIGHT);
        Param b = param(Param.Role.WEIGHT);
        Param running = Param.state("running", 1, 2);
        for (double[] g : List.of(G1, G2, G3)) {
            System.arraycopy(g, 0, a.grad().data, 0, 2);
            System.arraycopy(g, 0, b.grad().data, 0, 2);
            adam.step(List.of(a, b, running), 0.01);
        }
        assertArrayEquals(a.value().data, b.value().data);
        assertArrayEquals(new double[] {0, 0}, running.value().data);
    }

    @Test
    void invalidHyperparametersNameParameterAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.momentum(1.5));
        assertTrue(e.getMessage().contains("momentum") && e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adam(1.0, 0.999, 1e-8, 0, java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.9, 0.999, 0, 0, java.util.Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Optimizers.adamW(-1));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(1.2, 1e-8));
        e = assertThrows(IllegalArgumentException.class, () -> Optimizers.sgd().step(List.of(param(Param.Role.WEIGHT)), -0.5));
        assertTrue(e.getMessage().contains("-0.5"), e.getMessage());
        assertEquals("adamw", Optimizers.adamW(0.01).name());
    }
}
