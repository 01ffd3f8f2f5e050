package org.nnlab.init;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * Fills a weight matrix with starting values. The matrix is {@code fanIn x fanOut} (rows are the
 * inputs of the layer, columns its outputs), so schemes that scale with the fans read them from the
 * shape. Get instances from {@link Init}.
 */
@FunctionalInterface
public interface Initializer {
    /** Overwrites every entry of {@code weights}, drawing from {@code rng} if the scheme is random. */
    void fill(DMatrixRMaj weights, Rng rng);
}
