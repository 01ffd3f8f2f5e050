package org.nnlab.linalg;

import static org.nnlab.linalg.VectorKernel.MR;
import static org.nnlab.linalg.VectorKernel.NR;

/** One thread's packing buffers, grown on demand and reused across products. */
final class Workspace {
    private double[] columns = new double[0];
    private double[] rows = new double[0];
    private final double[] tile = new double[MR * NR];

    /** Buffer for a packed block of op(B). */
    double[] columns(int size) {
        if (columns.length < size) {
            columns = new double[size];
        }
        return columns;
    }

    /** Buffer for packed rows of op(A). */
    double[] rows(int size) {
        if (rows.length < size) {
            rows = new double[size];
        }
        return rows;
    }

    /** One MR x NR tile, for tiles that stick out of C. */
    double[] tile() {
        return tile;
    }
}
