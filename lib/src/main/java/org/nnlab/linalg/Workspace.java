package org.nnlab.linalg;

/** One thread's packing buffers for one kernel, grown on demand and reused across products. */
final class Workspace<P> {
    private final Kernel<P> kernel;
    private P columns;
    private P rows;
    private final double[] tile;

    Workspace(Kernel<P> kernel) {
        this.kernel = kernel;
        this.columns = kernel.allocate(0);
        this.rows = kernel.allocate(0);
        this.tile = new double[kernel.rows() * kernel.columns()];
    }

    /** Buffer for a packed block of op(B). */
    P columns(int size) {
        if (kernel.length(columns) < size) {
            columns = kernel.allocate(size);
        }
        return columns;
    }

    /** Buffer for packed rows of op(A). */
    P rows(int size) {
        if (kernel.length(rows) < size) {
            rows = kernel.allocate(size);
        }
        return rows;
    }

    /** One MR x NR tile, for tiles that stick out of C. */
    double[] tile() {
        return tile;
    }
}
