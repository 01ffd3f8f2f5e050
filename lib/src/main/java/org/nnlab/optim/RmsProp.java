package org.nnlab.optim;

import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/** RMSProp: {@code s = rho * s + (1 - rho) * g^2; w -= lr * g / (sqrt(s) + eps)}, s starting at 0. */
public final class RmsProp extends StatefulOptimizer<double[]> {
    private final double rho;
    private final double eps;

    public RmsProp(double rho, double eps) {
        this.rho = Require.fraction(name(), "rho", rho);
        this.eps = Require.positive(name(), "eps", eps);
    }

    @Override
    public String name() {
        return "rmsprop";
    }

    @Override
    double[] newState(Param param) {
        return new double[param.size()];
    }

    @Override
    void update(Param param, double[] s, double lr) {
        double[] w = param.value().data;
        double[] g = param.grad().data;
        for (int i = 0; i < s.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
            w[i] -= lr * g[i] / (Math.sqrt(s[i]) + eps);
        }
    }
}
