package org.nnlab.optim;

import java.util.Set;
import org.nnlab.check.Require;
import org.nnlab.linalg.Parallel;
import org.nnlab.nn.Param;

/**
 * Adam with bias correction: {@code m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 * w -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)}, t counting this parameter's steps from 1.
 *
 * <p>With a weight decay {@code wd > 0} it is AdamW (Loshchilov and Hutter): before the Adam step,
 * {@code w -= lr * wd * w}, decoupled from the gradient (as PyTorch's AdamW), applied to parameters
 * whose role is in {@code decayed} ({@link Optimizers#adamW}: weights only unless roles are given).
 * The decay uses the step's learning rate, so a schedule scales it too.
 *
 * <p>Elementwise ({@link AdamStep}, on whole vectors where the JVM has the Vector API), so large
 * parameters are updated by several threads ({@link Parallel}) with the same result for any thread count.
 */
public final class Adam extends StatefulOptimizer<Adam.Moments> {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Set<Param.Role> decayed;

    /** Per-parameter moment estimates and step count. */
    static final class Moments {
        final double[] m;
        final double[] v;
        long t;

        Moments(int size) {
            m = new double[size];
            v = new double[size];
        }
    }

    public Adam(double beta1, double beta2, double eps, double weightDecay, Set<Param.Role> decayed) {
        this.weightDecay = Require.nonNegative("adamw", "weightDecay", weightDecay);
        this.beta1 = Require.fraction(name(), "beta1", beta1);
        this.beta2 = Require.fraction(name(), "beta2", beta2);
        this.eps = Require.positive(name(), "eps", eps);
        this.decayed = Set.copyOf(decayed);
    }

    @Override
    public String name() {
        return weightDecay > 0 ? "adamw" : "adam";
    }

    @Override
    Moments newState(Param param) {
        return new Moments(param.size());
    }

    @Override
    void update(Param param, Moments s, double lr) {
        double[] w = param.value().data;
        double[] g = param.grad().data;
        double[] m = s.m;
        double[] v = s.v;
        s.t++;
        double correction1 = 1 - Math.pow(beta1, s.t);
        double correction2 = 1 - Math.pow(beta2, s.t);
        double decay = decayed.contains(param.role()) ? lr * weightDecay : 0;
        AdamStep step = new AdamStep(decay, beta1, beta2, correction1, correction2, lr, eps);
        Parallel.forRange(m.length, (from, to) -> step.apply(w, g, m, v, from, to));
    }
}
