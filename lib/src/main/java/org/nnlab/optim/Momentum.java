package org.nnlab.optim;

import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/**
 * SGD with momentum, in the velocity form of CS231n: {@code v = mu * v - lr * g; w += v}
 * (the learning rate is inside the velocity, unlike PyTorch's {@code v = mu v + g; w -= lr v}; the
 * two agree while the rate is constant). With {@code nesterov}, the look-ahead form
 * {@code w += -mu * v_prev + (1 + mu) * v}. The velocity starts at 0.
 */
public final class Momentum extends StatefulOptimizer<double[]> {
    private final double mu;
    private final boolean nesterov;

    public Momentum(double mu, boolean nesterov) {
        this.nesterov = nesterov;
        this.mu = Require.fraction(name(), "momentum", mu);
    }

    @Override
    public String name() {
        return nesterov ? "nesterov" : "momentum";
    }

    @Override
    double[] newState(Param param) {
        return new double[param.size()];
    }

    @Override
    void update(Param param, double[] v, double lr) {
        double[] w = param.value().data;
        double[] g = param.grad().data;
        for (int i = 0; i < v.length; i++) {
            double previous = v[i];
            v[i] = mu * v[i] - lr * g[i];
            w[i] += nesterov ? -mu * previous + (1 + mu) * v[i] : v[i];
        }
    }
}
