package org.nnlab.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ReLU}'s loops on whole vectors, lane for lane the scalar {@code x <= 0 ? 0 : x} and
 * {@code dy * (x > 0 ? 1 : x <= 0 ? 0 : NaN)}; loaded only when {@code jdk.incubator.vector} is
 * present. Each returns the first index left for the scalar loop.
 */
final class ReluVectorLoop {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private ReluVectorLoop() {
    }

    static int forward(double[] in, double[] out, int from, int to) {
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, in, i);
            x.blend(0.0, x.compare(VectorOperators.LE, 0.0)).intoArray(out, i);
        }
        return i;
    }

    static int backward(double[] dy, double[] x, double[] dx, int from, int to) {
        DoubleVector nan = DoubleVector.broadcast(SPECIES, Double.NaN);
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            DoubleVector xi = DoubleVector.fromArray(SPECIES, x, i);
            DoubleVector slope = nan.blend(0.0, xi.compare(VectorOperators.LE, 0.0)).blend(1.0, xi.compare(VectorOperators.GT, 0.0));
            DoubleVector.fromArray(SPECIES, dy, i).mul(slope).intoArray(dx, i);
        }
        return i;
    }
}
