package org.nnlab.optim;

import java.util.Set;
import org.nnlab.nn.Param;

/**
 * Factories for the optimizers with the usual defaults; each call returns a new optimizer (with
 * fresh state). The formulas are on the classes: {@link Sgd}, {@link Momentum}, {@link AdaGrad},
 * {@link RmsProp}, {@link Adam}.
 */
public final class Optimizers {
    private static final double EPS = 1e-8;

    private Optimizers() {
    }

    public static Optimizer sgd() {
        return new Sgd();
    }

    /** Momentum mu in [0, 1), e.g. 0.9. */
    public static Optimizer momentum(double mu) {
        return new Momentum(mu, false);
    }

    /** Nesterov momentum mu in [0, 1), e.g. 0.9. */
    public static Optimizer nesterov(double mu) {
        return new Momentum(mu, true);
    }

    /** AdaGrad with eps 1e-8. */
    public static Optimizer adagrad() {
        return new AdaGrad(EPS);
    }

    /** RMSProp with rho 0.9, eps 1e-8. */
    public static Optimizer rmsprop() {
        return rmsprop(0.9, EPS);
    }

    public static Optimizer rmsprop(double rho, double eps) {
        return new RmsProp(rho, eps);
    }

    /** Adam with beta1 0.9, beta2 0.999, eps 1e-8. */
    public static Optimizer adam() {
        return adam(0.9, 0.999, EPS);
    }

    public static Optimizer adam(double beta1, double beta2, double eps) {
        return new Adam(beta1, beta2, eps, 0, Set.of());
    }

    /**
     * AdamW: Adam (defaults as {@link #adam()}) plus decoupled weight decay {@code weightDecay} on the
     * parameters with the given roles, weights only when none are given (not biases or norm parameters).
     */
    public static Optimizer adamW(double weightDecay, Param.Role... decayed) {
        return new Adam(0.9, 0.999, EPS, weightDecay, Roles.orWeights(decayed));
    }
}
