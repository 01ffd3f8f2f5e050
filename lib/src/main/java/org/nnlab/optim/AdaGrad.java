package org.nnlab.optim;

import org.nnlab.check.Require;
import org.nnlab.nn.Param;

/** AdaGrad: {@code G += g^2; w -= lr * g / (sqrt(G) + eps)}, G starting at 0. */
public final class AdaGrad extends StatefulOptimizer<double[]> {
    private final double eps;

    public AdaGrad(double eps) {
        this.eps = Require.positive(name(), "eps", eps);
    }

    @Override
    public String name() {
        return "adagrad";
    }

    @Override
    double[] newState(Param param) {
        return new double[param.size()];
    }

    @Override
    void update(Param param, double[] sumSquares, double lr) {
        double[] w = param.value().data;
        double[] g = param.grad().data;
        for (int i = 0; i < sumSquares.length; i++) {
            sumSquares[i] += g[i] * g[i];
            w[i] -= lr * g[i] / (Math.sqrt(sumSquares[i]) + eps);
        }
    }
}
