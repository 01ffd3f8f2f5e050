package org.nnlab.data;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * Small synthetic datasets, each fixed by its seed: the same arguments always give the same
 * dataset, another seed gives another sample. Classification sets have balanced classes (sizes
 * differ by at most one), stored class after class; {@code noise} is the standard deviation of
 * Gaussian noise added to every coordinate after the label is decided, so points may cross into
 * the other class's region.
 */
public final class ToyData {
    private ToyData() {
    }

    /** Places one point of class {@code label} into {@code point} (noise is added afterwards). */
    @FunctionalInterface
    private interface Shape {
        void place(int label, Rng rng, double[] point);
    }

    /**
     * {@code classes} interleaved spiral arms in the plane, each from the origin out to radius 1 over
     * 4 radians, arm {@code k} rotated by {@code 2 pi k / classes}: the classic problem that a linear
     * model cannot solve and a small network can.
     */
    public static Dataset spiral(int n, int classes, double noise, long seed) {
        return generate("spiral", n, classes, 2, noise, seed, (label, rng, p) -> {
            double radius = rng.nextDouble();
            double angle = 2 * Math.PI * label / classes + 4 * radius;
            p[0] = radius * Math.cos(angle);
            p[1] = radius * Math.sin(angle);
        });
    }

    /**
     * Two interleaving half circles of radius 1: class 0 the upper arc centred at (0, 0), class 1
     * the lower arc centred at (1, 0.5).
     */
    public static Dataset twoMoons(int n, double noise, long seed) {
        return generate("two moons", n, 2, 2, noise, seed, (label, rng, p) -> {
            double angle = Math.PI * rng.nextDouble();
            p[0] = label == 0 ? Math.cos(angle) : 1 - Math.cos(angle);
            p[1] = label == 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
        });
    }

    /** Two concentric circles around the origin: class 0 of radius 1, class 1 of radius 0.5. */
    public static Dataset circles(int n, double noise, long seed) {
        return generate("circles", n, 2, 2, noise, seed, (label, rng, p) -> {
            double angle = 2 * Math.PI * rng.nextDouble();
            double radius = label == 0 ? 1 : 0.5;
            p[0] = radius * Math.cos(angle);
            p[1] = radius * Math.sin(angle);
        });
    }

    /**
     * Points uniform in the square [-1, 1]^2, class 1 where the two coordinates have opposite signs
     * (quadrants II and IV), class 0 where they agree.
     */
    public static Dataset xor(int n, double noise, long seed) {
        return generate("xor", n, 2, 2, noise, seed, (label, rng, p) -> {
            double sign = rng.bernoulli(0.5) ? 1 : -1;
            p[0] = sign * rng.nextDouble();
            p[1] = (label == 0 ? sign : -sign) * rng.nextDouble();
        });
    }

    /**
     * Gaussian clusters in {@code features} dimensions, one per class, with standard deviation
     * {@code std} around centres drawn uniformly from [-5, 5]^features (fixed by the seed).
     */
    public static Dataset blobs(int n, int classes, int features, double std, long seed) {
        Rng centres = Rng.of(seed).split("blob centres");
        double[][] centre = new double[classes][features];
        for (double[] c : centre) {
            for (int j = 0; j < features; j++) {
                c[j] = centres.uniform(-5, 5);
            }
        }
        return generate("blobs", n, classes, features, std, seed,
                (label, rng, p) -> System.arraycopy(centre[label], 0, p, 0, features));
    }

    /**
     * Two classes in [-1, 1]^2 on either side of the diagonal {@code x1 + x2 = 0} (class 1 above),
     * with no point closer to it than {@code margin} (at most 0.5): always linearly separable.
     */
    public static Dataset linearlySeparable(int n, double margin, long seed) {
        Require.between("ToyData.linearlySeparable", "margin", margin, 0, 0.5);
        return halfPlanes("linearly separable", n, margin, 0, seed);
    }

    /**
     * The classes of {@link #linearlySeparable} without margin, blurred by {@code noise}: points
     * spill across the diagonal, so for {@code noise > 0} and enough points no line separates them.
     */
    public static Dataset overlapping(int n, double noise, long seed) {
        return halfPlanes("overlapping", n, 0, noise, seed);
    }

    /**
     * A 1-D regression problem for under- and overfitting: {@code x} uniform in [-1, 1] and
     * {@code y = c[0] + c[1] x + c[2] x^2 + ... + noise * N(0, 1)}. Features and targets are n x 1.
     */
    public static Dataset polynomial(int n, double[] coefficients, double noise, long seed) {
        Rng rng = Rng.of(seed).split("polynomial");
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double xi = rng.uniform(-1, 1);
            double value = 0;
            for (int k = coefficients.length - 1; k >= 0; k--) {
                value = value * xi + coefficients[k];
            }
            x.data[i] = xi;
            y.data[i] = value + noise * rng.nextGaussian();
        }
        return Dataset.regression("polynomial", x, y);
    }

    private static Dataset halfPlanes(String name, int n, double margin, double noise, long seed) {
        return generate(name, n, 2, 2, noise, seed, (label, rng, p) -> {
            double distance;
            do {
                p[0] = rng.uniform(-1, 1);
                p[1] = rng.uniform(-1, 1);
                distance = (p[0] + p[1]) / Math.sqrt(2);
            } while (Math.abs(distance) < margin);
            if ((distance > 0) != (label == 1)) {
                p[0] = -p[0];
                p[1] = -p[1];
            }
        });
    }

    /** Example {@code i} gets label {@code i * classes / n}; its point comes from {@code shape}, then noise. */
    private static Dataset generate(String name, int n, int classes, int features, double noise, long seed, Shape shape) {
        Require.atLeast(name, "n", n, classes);
        Require.nonNegative(name, "noise", noise);
        Rng rng = Rng.of(seed).split(name);
        DMatrixRMaj x = new DMatrixRMaj(n, features);
        int[] labels = new int[n];
        double[] point = new double[features];
        for (int i = 0; i < n; i++) {
            labels[i] = (int) ((long) i * classes / n);
            shape.place(labels[i], rng, point);
            for (int j = 0; j < features; j++) {
                x.data[i * features + j] = point[j] + noise * rng.nextGaussian();
            }
        }
        return Dataset.classification(name, x, labels, classes);
    }
}
