package org.nnlab.optim;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/**
 * The weight penalties: {@code P = l1 * sum |w| + (l2 / 2) * sum w^2} over the trainable parameters
 * whose role is in {@code roles} ({@link Regularizers} defaults to weights only: not biases, not
 * normalization parameters; state is never penalized). Gradient: {@code l1 * sign(w) + l2 * w},
 * taking sign(0) = 0 (a subgradient). L1 is {@code l2 = 0}, L2 is {@code l1 = 0}: with the 1/2 the
 * L2 gradient is {@code l2 * w}, the "weight decay" of SGD.
 */
public final class ElasticNet implements Regularizer {
    private final double l1;
    private final double l2;
    private final Set<Param.Role> roles;

    /** Strengths must be finite and >= 0. */
    public ElasticNet(double l1, double l2, Set<Param.Role> roles) {
        this.l1 = Require.nonNegative("regularizer", "l1", l1);
        this.l2 = Require.nonNegative("regularizer", "l2", l2);
        this.roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    @Override
    public String name() {
        if (l1 == 0 && l2 == 0) {
            return "none";
        }
        if (l1 == 0) {
            return String.format(Locale.ROOT, "L2(%g)", l2);
        }
        return l2 == 0 ? String.format(Locale.ROOT, "L1(%g)", l1) : String.format(Locale.ROOT, "ElasticNet(%g, %g)", l1, l2);
    }

    @Override
    public double penalty(List<Param> params) {
        double absSum = 0;
        double squareSum = 0;
        for (Param p : params) {
            if (applies(p)) {
                for (int i = 0; i < p.size(); i++) {
                    double w = p.value().data[i];
                    absSum += Math.abs(w);
                    squareSum += w * w;
                }
            }
        }
        return l1 * absSum + 0.5 * l2 * squareSum;
    }

    @Override
    public void addGradient(List<Param> params) {
        for (Param p : params) {
            if (applies(p)) {
                double[] w = p.value().data;
                double[] g = p.grad().data;
                for (int i = 0; i < p.size(); i++) {
                    g[i] += l1 * Math.signum(w[i]) + l2 * w[i];
                }
            }
        }
    }

    private boolean applies(Param p) {
        return p.isTrainable() && roles.contains(p.role()) && (l1 > 0 || l2 > 0);
    }
}
