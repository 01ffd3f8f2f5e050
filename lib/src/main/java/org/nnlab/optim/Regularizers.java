package org.nnlab.optim;

import java.util.EnumSet;
import java.util.Set;
import org.nnlab.nn.Param;

/**
 * Factories for the weight penalties (see {@link ElasticNet} for the formulas). They apply to
 * weights only unless roles are given, e.g. {@code l2(1e-4, Role.WEIGHT, Role.BIAS)}.
 */
public final class Regularizers {
    private Regularizers() {
    }

    public static Regularizer none() {
        return new ElasticNet(0, 0, Set.of());
    }

    /** {@code lambda * sum |w|}. */
    public static Regularizer l1(double lambda, Param.Role... roles) {
        return new ElasticNet(lambda, 0, roles(roles));
    }

    /** {@code (lambda / 2) * sum w^2}, gradient {@code lambda * w}. */
    public static Regularizer l2(double lambda, Param.Role... roles) {
        return new ElasticNet(0, lambda, roles(roles));
    }

    /** {@code l1 * sum |w| + (l2 / 2) * sum w^2}. */
    public static Regularizer elasticNet(double l1, double l2, Param.Role... roles) {
        return new ElasticNet(l1, l2, roles(roles));
    }

    private static Set<Param.Role> roles(Param.Role... roles) {
        return roles.length == 0 ? EnumSet.of(Param.Role.WEIGHT) : EnumSet.of(roles[0], roles);
    }
}
