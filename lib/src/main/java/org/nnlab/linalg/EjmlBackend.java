package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;

/**
 * EJML's row-major products, the fallback when the Vector API is not available (about 5 GFLOPS
 * here): {@code CommonOps_MT_DDRM} for large products when more than one thread is allowed,
 * {@code CommonOps_DDRM} otherwise. EJML's multi-threaded products split rows of C, so both give
 * the same bits.
 */
final class EjmlBackend implements GemmBackend {
    /** Products with fewer multiply-adds than this stay on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 21;

    private final String reason;
    private final int threads;

    EjmlBackend(String reason, int threads) {
        this.reason = reason;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "EJML (" + reason + ")";
    }

    @Override
    public void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        long work = (long) c.numRows * c.numCols * (transposeA ? a.numRows : a.numCols);
        if (threads > 1 && work >= PARALLEL_WORK) {
            multiplyParallel(a, transposeA, b, transposeB, c);
        } else if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(a, b, c);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(a, b, c);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(a, b, c);
        } else {
            CommonOps_DDRM.mult(a, b, c);
        }
    }

    private static void multiplyParallel(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        if (transposeA && transposeB) {
            CommonOps_MT_DDRM.multTransAB(a, b, c);
        } else if (transposeA) {
            CommonOps_MT_DDRM.multTransA(a, b, c);
        } else if (transposeB) {
            CommonOps_MT_DDRM.multTransB(a, b, c);
        } else {
            CommonOps_MT_DDRM.mult(a, b, c);
        }
    }
}
