package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** EJML's own row-major products: the fallback when the Vector API is not available (about 5 GFLOPS here). */
final class EjmlBackend implements GemmBackend {
    private final String reason;

    EjmlBackend(String reason) {
        this.reason = reason;
    }

    @Override
    public String name() {
        return "EJML (" + reason + ")";
    }

    @Override
    public void multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB, DMatrixRMaj c) {
        if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(a, b, c);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(a, b, c);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(a, b, c);
        } else {
            CommonOps_DDRM.mult(a, b, c);
        }
    }
}
