package org.nnlab.optim;

import org.nnlab.nn.Param;

/**
 * Factories for the weight penalties (see {@link ElasticNet} for the formulas). They apply to
 * weights only unless roles are given, e.g. {@code l2(1e-4, Role.WEIGHT, Role.BIAS)}, or
 * {@code l2(1e-4, Role.values())} for every trainable parameter. Strengths must be finite and >= 0.
 *
 * <p>The penalty's gradient goes through the optimizer like the data gradient. With plain SGD an L2
 * penalty is exactly weight decay ({@code w *= 1 - lr * lambda} per step); with an adaptive optimizer
 * (Adam, RMSProp, AdaGrad) it is rescaled per weight and is not, so use {@link Optimizers#adamW} for
 * decoupled decay. L1 takes subgradient steps ({@code sign(0) = 0}): weights shrink towards 0 and
 * then oscillate around it; they rarely become exactly 0.
 */
public final class Regularizers {
    private Regularizers() {
    }

    /** No penalty: 0, and no gradient. */
    public static Regularizer none() {
        return new ElasticNet(0, 0, Roles.orWeights());
    }

    /** {@code lambda * sum |w|}, gradient {@code lambda * sign(w)}. */
    public static Regularizer l1(double lambda, Param.Role... roles) {
        return new ElasticNet(lambda, 0, Roles.orWeights(roles));
    }

    /** {@code (lambda / 2) * sum w^2}, gradient {@code lambda * w}. */
    public static Regularizer l2(double lambda, Param.Role... roles) {
        return new ElasticNet(0, lambda, Roles.orWeights(roles));
    }

    /** {@code l1 * sum |w| + (l2 / 2) * sum w^2}. */
    public static Regularizer elasticNet(double l1, double l2, Param.Role... roles) {
        return new ElasticNet(l1, l2, Roles.orWeights(roles));
    }
}
