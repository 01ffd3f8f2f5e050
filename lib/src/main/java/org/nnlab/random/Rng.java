package org.nnlab.random;

import java.util.SplittableRandom;

/**
 * The one source of randomness in nnlab: a seeded generator that splits into independent, named
 * streams (initialization, shuffling, dropout masks, augmentation, ...).
 *
 * <p>A stream's numbers depend only on the root seed and the chain of names used to reach it, never
 * on the order in which other streams are drawn from or on thread scheduling. So one seed fixes a
 * whole run, and adding a new consumer of randomness does not change the numbers an existing one
 * sees. Not thread-safe: give each thread its own split.
 */
public final class Rng {
    private final long seed;
    private final SplittableRandom random;

    private Rng(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** A root generator for {@code seed}. */
    public static Rng of(long seed) {
        return new Rng(seed);
    }

    /** The seed this generator (or stream) started from. */
    public long seed() {
        return seed;
    }

    /**
     * An independent stream identified by {@code name}: the same seed and name always give the same
     * stream, and drawing from it does not advance this generator.
     */
    public Rng split(String name) {
        return new Rng(mix(seed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xC2B2AE3D27D4EB4FL + name.length()));
    }

    /** Like {@link #split(String)} with a numbered name, e.g. one stream per layer or epoch. */
    public Rng split(String name, long index) {
        return split(name).split(Long.toString(index));
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Standard normal N(0, 1). */
    public double nextGaussian() {
        return random.nextGaussian();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** True with probability {@code p}. */
    public boolean bernoulli(double p) {
        return random.nextDouble() < p;
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** A random permutation of 0..n-1. */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order);
        return order;
    }

    /** Stafford's variant 13 of the 64-bit finalizer (as in SplittableRandom). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
