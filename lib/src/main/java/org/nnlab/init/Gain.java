package org.nnlab.init;

import org.nnlab.check.Require;

/**
 * Recommended gains for variance-scaling initializers: the factor by which an activation function
 * shrinks the standard deviation of its input, to be undone by scaling the weights
 * (the values PyTorch's {@code calculate_gain} uses).
 */
public final class Gain {
    private Gain() {
    }

    /** 1: no correction (a linear layer, or the output layer). */
    public static double linear() {
        return 1;
    }

    /** 1. */
    public static double sigmoid() {
        return 1;
    }

    /** 5/3. */
    public static double tanh() {
        return 5.0 / 3.0;
    }

    /** sqrt(2): ReLU zeroes half of a symmetric input, halving its second moment. */
    public static double relu() {
        return Math.sqrt(2);
    }

    /** sqrt(2 / (1 + alpha<sup>2</sup>)) for a leaky ReLU with negative slope {@code alpha}. */
    public static double leakyRelu(double alpha) {
        Require.finite("Gain.leakyRelu", "alpha", alpha);
        return Math.sqrt(2 / (1 + alpha * alpha));
    }
}
