package org.nnlab.linalg;

/** One thread's packing buffers for one kernel, grown on demand and reused across products. */
final class Workspace<P> {
    private final Kernel<P> kernel;
    private P columns;
    private P packedRows;
    private P edgeRows;
    private final double[] tile;

    Workspace(Kernel<P> kernel) {
        this.kernel = kernel;
        this.columns = kernel.allocate(0);
        this.packedRows = kernel.allocate(0);
        this.edgeRows = kernel.allocate(0);
        this.tile = new double[kernel.rows() * kernel.columns()];
    }

    /** Buffer for a packed block of op(B). */
    P columns(int size) {
        if (kernel.length(columns) < size) {
            columns = kernel.allocate(size);
        }
        return columns;
    }

    /** Buffer for the whole op(A), packed. */
    P packedRows(int size) {
        if (kernel.length(packedRows) < size) {
            packedRows = kernel.allocate(size);
        }
        return packedRows;
    }

    /** Buffer for the rows of op(A) after its last whole tile, packed (op(A) read in place otherwise). */
    P edgeRows(int size) {
        if (kernel.length(edgeRows) < size) {
            edgeRows = kernel.allocate(size);
        }
        return edgeRows;
    }

    /** One MR x NR tile, for tiles that stick out of C. */
    double[] tile() {
        return tile;
    }
}
