package org.nnlab.optim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** {@link AdamStep}'s loop on whole vectors; loaded only when {@code jdk.incubator.vector} is present. */
final class AdamVectorLoop {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private AdamVectorLoop() {
    }

    /** Updates the whole vectors in [from, to) and returns the first index left for a scalar loop. */
    static int apply(AdamStep s, double[] w, double[] g, double[] m, double[] v, int from, int to) {
        double keep1 = 1 - s.beta1();
        double keep2 = 1 - s.beta2();
        int i = from;
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            DoubleVector wi = DoubleVector.fromArray(SPECIES, w, i);
            DoubleVector gi = DoubleVector.fromArray(SPECIES, g, i);
            DoubleVector mi = DoubleVector.fromArray(SPECIES, m, i).mul(s.beta1()).add(gi.mul(keep1));
            DoubleVector vi = DoubleVector.fromArray(SPECIES, v, i).mul(s.beta2()).add(gi.mul(keep2).mul(gi));
            wi = wi.sub(wi.mul(s.decay()));
            DoubleVector step = mi.div(s.correction1()).mul(s.lr()).div(vi.div(s.correction2()).sqrt().add(s.eps()));
            wi.sub(step).intoArray(w, i);
            mi.intoArray(m, i);
            vi.intoArray(v, i);
        }
        return i;
    }
}
