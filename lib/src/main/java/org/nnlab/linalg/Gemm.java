package org.nnlab.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The single entry point for every matrix product in nnlab's forward and backward passes.
 *
 * <p>All methods overwrite {@code c}, which must already have the product's shape and must not
 * alias {@code a} or {@code b}.
 */
public final class Gemm {
    private Gemm() {
    }

    /** c = a * b. */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        CommonOps_DDRM.mult(a, b, c);
    }

    /** c = a<sup>T</sup> * b (weight gradients: x<sup>T</sup> dY). */
    public static void multTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        CommonOps_DDRM.multTransA(a, b, c);
    }

    /** c = a * b<sup>T</sup> (input gradients: dY W<sup>T</sup>). */
    public static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        CommonOps_DDRM.multTransB(a, b, c);
    }

    /** The active backend's name. */
    public static String backend() {
        return "EJML";
    }
}
