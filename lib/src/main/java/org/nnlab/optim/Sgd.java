package org.nnlab.optim;

import org.nnlab.nn.Param;

/** Plain stochastic gradient descent: {@code w -= lr * g}. */
public final class Sgd extends StatefulOptimizer<Void> {
    @Override
    public String name() {
        return "sgd";
    }

    @Override
    Void newState(Param param) {
        return null;
    }

    @Override
    void update(Param param, Void state, double lr) {
        double[] w = param.value().data;
        double[] g = param.grad().data;
        for (int i = 0; i < param.size(); i++) {
            w[i] -= lr * g[i];
        }
    }
}
