package org.nnlab.nn;

import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;

/**
 * A named matrix a layer owns: either a trainable parameter with its gradient buffer, or a piece of
 * non-trainable state (batch norm's running statistics) that is saved and loaded with the model.
 *
 * <p>{@link #grad()} has the shape of {@link #value()} and holds dLoss/dValue after a backward pass
 * (overwritten, not accumulated). State has no gradient.
 *
 * <p>{@link #isSet()} says whether the values mean something yet: a dense layer's weights start as
 * zero placeholders and count as set once drawn by {@code initialize}, loaded by
 * {@code ModelFile.load}, copied, or given with {@link #set}. Writing into {@link #value()} directly
 * does not mark them (use {@link #set}).
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
    /** Shared by every view of these matrices ({@link #withName}). */
    private final Assignment assignment;

    /** Whether the values were set; one object per matrix, shared by its renamed views. */
    private static final class Assignment {
        private boolean set;
    }

    private Param(String name, Role role, DMatrixRMaj value, DMatrixRMaj grad, Assignment assignment) {
        this.name = name;
        this.role = role;
        this.value = value;
        this.grad = grad;
        this.assignment = assignment;
    }

    /** A trainable parameter of the given shape, zero-filled, with a zero gradient. */
    public static Param trainable(String name, Role role, int rows, int cols) {
        Require.that(role != Role.STATE, "Param.trainable", "role", "WEIGHT, BIAS, SCALE, SHIFT or SLOPE", role,
                "use Param.state for non-trainable state");
        return new Param(name, role, new DMatrixRMaj(rows, cols), new DMatrixRMaj(rows, cols), new Assignment());
    }

    /** Non-trainable state of the given shape, zero-filled. */
    public static Param state(String name, int rows, int cols) {
        return new Param(name, Role.STATE, new DMatrixRMaj(rows, cols), null, new Assignment());
    }

    /**
     * The same matrices under another name: value and gradient are shared, not copied. Networks use
     * it to prefix their layers' names, e.g. {@code W} becomes {@code dense_1.W}.
     */
    public Param withName(String newName) {
        return new Param(newName, role, value, grad, assignment);
    }

    /** Copies {@code values} (same shape) into {@link #value()} and marks the parameter as set. */
    public void set(DMatrixRMaj values) {
        Require.that(values != null && values.numRows == value.numRows && values.numCols == value.numCols, name, "the new values",
                "a " + value.numRows + "x" + value.numCols + " matrix", values == null ? null : values.numRows + "x" + values.numCols);
        value.setTo(values);
        markSet();
    }

    /** Copies {@code values} (row-major, {@link #size()} of them) into {@link #value()} and marks the parameter as set. */
    public void set(double... values) {
        Require.that(values.length == size(), name, "the number of new values", size() + " (" + value.numRows + "x"
                + value.numCols + ", row-major)", values.length);
        System.arraycopy(values, 0, value.data, 0, values.length);
        markSet();
    }

    /** True once the values were drawn, loaded, copied or {@link #set}. */
    public boolean isSet() {
        return assignment.set;
    }

    /** Marks the values as set after a layer filled them itself (initialization, defaults). */
    void markSet() {
        assignment.set = true;
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
