package org.nnlab.init;

import org.nnlab.random.Rng;

/** The shape of a random initializer's distribution; both have mean 0. */
enum Distribution {
    /** N(0, std<sup>2</sup>). */
    NORMAL {
        @Override
        double draw(Rng rng, double std) {
            return std * rng.nextGaussian();
        }
    },
    /** U(-limit, limit) with limit = sqrt(3) std, which has standard deviation std. */
    UNIFORM {
        @Override
        double draw(Rng rng, double std) {
            double limit = Math.sqrt(3) * std;
            return rng.uniform(-limit, limit);
        }
    };

    /** One value with mean 0 and standard deviation {@code std}. */
    abstract double draw(Rng rng, double std);
}
