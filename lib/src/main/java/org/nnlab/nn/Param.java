package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A named matrix a layer owns: either a trainable parameter with its gradient buffer, or a piece of
 * non-trainable state (batch norm's running statistics) that is saved and loaded with the model.
 *
 * <p>{@link #grad()} has the shape of {@link #value()} and holds dLoss/dValue after a backward pass
 * (overwritten, not accumulated). State has no gradient.
 */
public final class Param {
    /** What a matrix is for; regularizers use it to pick weights and leave the rest alone. */
    public enum Role {
        WEIGHT,
        BIAS,
        /** Batch/layer norm gamma. */
        SCALE,
        /** Batch/layer norm beta. */
        SHIFT,
        /** PReLU's learned negative slope. */
        SLOPE,
        /** Non-trainable state, e.g. batch norm's running mean and variance. */
        STATE
    }

    private final String name;
    private final Role role;
    private final DMatrixRMaj value;
    private final DMatrixRMaj grad;

    private Param(String name, Role role, DMatrixRMaj value, DMatrixRMaj grad) {
        this.name = name;
        this.role = role;
        this.value = value;
        this.grad = grad;
    }

    /** A trainable parameter of the given shape, zero-filled, with a zero gradient. */
    public static Param trainable(String name, Role role, int rows, int cols) {
        if (role == Role.STATE) {
            throw new IllegalArgumentException("role STATE is not trainable; use Param.state");
        }
        return new Param(name, role, new DMatrixRMaj(rows, cols), new DMatrixRMaj(rows, cols));
    }

    /** Non-trainable state of the given shape, zero-filled. */
    public static Param state(String name, int rows, int cols) {
        return new Param(name, Role.STATE, new DMatrixRMaj(rows, cols), null);
    }

    /**
     * The same matrices under another name: value and gradient are shared, not copied. Networks use
     * it to prefix their layers' names, e.g. {@code W} becomes {@code dense_1.W}.
     */
    public Param withName(String newName) {
        return new Param(newName, role, value, grad);
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public DMatrixRMaj value() {
        return value;
    }

    /** The gradient buffer; {@code null} for state. */
    public DMatrixRMaj grad() {
        return grad;
    }

    public boolean isTrainable() {
        return grad != null;
    }

    public int size() {
        return value.getNumElements();
    }

    @Override
    public String toString() {
        return name + " " + value.numRows + "x" + value.numCols + " (" + role + ")";
    }
}
