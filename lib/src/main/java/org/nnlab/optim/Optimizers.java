package org.nnlab.optim;

import java.util.Set;
import org.nnlab.nn.Param;

/** Factories for the optimizers with the usual defaults; each call returns a new optimizer (with fresh state). */
public final class Optimizers {
    private Optimizers() {
    }

    public static Optimizer sgd() {
        return new Sgd();
    }

    /** Momentum mu, e.g. 0.9. */
    public static Optimizer momentum(double mu) {
        return new Momentum(mu, false);
    }

    /** Nesterov momentum mu, e.g. 0.9. */
    public static Optimizer nesterov(double mu) {
        return new Momentum(mu, true);
    }

    /** AdaGrad with eps 1e-8. */
    public static Optimizer adagrad() {
        return new AdaGrad(1e-8);
    }

    /** RMSProp with rho 0.9, eps 1e-8. */
    public static Optimizer rmsprop() {
        return new RmsProp(0.9, 1e-8);
    }

    /** Adam with beta1 0.9, beta2 0.999, eps 1e-8. */
    public static Optimizer adam() {
        return new Adam(0.9, 0.999, 1e-8, 0, Set.of());
    }

    /** AdamW: Adam plus decoupled weight decay {@code weightDecay} on weights (not biases or norm parameters). */
    public static Optimizer adamW(double weightDecay) {
        return new Adam(0.9, 0.999, 1e-8, weightDecay, Set.of(Param.Role.WEIGHT));
    }
}
