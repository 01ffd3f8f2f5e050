package org.nnlab.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Finite}'s scan on whole vectors: the sum of {@code x * 0.0} over a range is zero when every
 * x is finite and NaN otherwise (a NaN or infinite x makes its product NaN, and NaN stays in a sum).
 * Loaded only when {@code jdk.incubator.vector} is present.
 */
final class FiniteVectorLoop {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private FiniteVectorLoop() {
    }

    static boolean all(double[] data, int from, int to) {
        DoubleVector even = DoubleVector.zero(SPECIES);
        DoubleVector odd = DoubleVector.zero(SPECIES);
        int lanes = SPECIES.length();
        int i = from;
        for (int end = from + (to - from) / (2 * lanes) * 2 * lanes; i < end; i += 2 * lanes) {
            even = even.add(DoubleVector.fromArray(SPECIES, data, i).mul(0.0));
            odd = odd.add(DoubleVector.fromArray(SPECIES, data, i + lanes).mul(0.0));
        }
        double sum = even.add(odd).reduceLanes(VectorOperators.ADD);
        for (; i < to; i++) {
            sum += data[i] * 0.0;
        }
        return sum == 0;
    }
}
