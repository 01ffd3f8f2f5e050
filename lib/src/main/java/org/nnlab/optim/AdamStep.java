package org.nnlab.optim;

import org.nnlab.linalg.VectorApi;

/**
 * The coefficients of one Adam update of one parameter and its elementwise loop: for each i,
 * {@code w -= decay * w; m = beta1 m + (1-beta1) g; v = beta2 v + ((1-beta2) g) g;
 * w -= (lr (m / correction1)) / (sqrt(v / correction2) + eps)}. With the Vector API whole vectors
 * are updated at once ({@link AdamVectorLoop}), each lane with exactly these IEEE operations in this
 * order, so the result is the same as the plain loop's, bit for bit.
 */
record AdamStep(double decay, double beta1, double beta2, double correction1, double correction2, double lr, double eps) {
    private static final boolean VECTOR = VectorApi.available();

    /** Updates w, m and v at the indices [from, to) from the gradient g. */
    void apply(double[] w, double[] g, double[] m, double[] v, int from, int to) {
        int i = VECTOR ? AdamVectorLoop.apply(this, w, g, m, v, from, to) : from;
        double keep1 = 1 - beta1;
        double keep2 = 1 - beta2;
        for (; i < to; i++) {
            w[i] -= decay * w[i];
            m[i] = beta1 * m[i] + keep1 * g[i];
            v[i] = beta2 * v[i] + keep2 * g[i] * g[i];
            w[i] -= lr * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + eps);
        }
    }
}
