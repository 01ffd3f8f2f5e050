package org.nnlab.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * What nnlab's layers share: a name, shape checks whose messages name the layer and both shapes,
 * and a {@link #copy()} built from a fresh twin plus the current values.
 */
abstract class BaseLayer implements Layer {
    private String name;
    /** The seed of the stream given to the last {@link #initialize}; null if never initialized. */
    private Long initSeed;

    BaseLayer(String defaultName) {
        this.name = defaultName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void setName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(this.name + ": name must not be blank, got '" + name + "'");
        }
        this.name = name;
    }

    /** Remembers the stream (so that {@link #copy()} can restart it) and calls {@link #initializeFrom}. */
    @Override
    public final void initialize(Rng rng) {
        initSeed = rng.seed();
        initializeFrom(rng);
    }

    /** Draws the parameters and takes the layer's random streams from {@code rng}. */
    void initializeFrom(Rng rng) {
    }

    boolean wasInitialized() {
        return initSeed != null;
    }

    /** A fresh layer with the same configuration (not initialized, default values). */
    abstract BaseLayer twin();

    /**
     * The twin, renamed like this layer, initialized from the same stream as this layer (so its
     * masks restart from where this layer's began), then given this layer's parameter and state
     * values.
     */
    @Override
    public Layer copy() {
        BaseLayer copy = twin();
        copy.setName(name);
        if (initSeed != null) {
            copy.initialize(Rng.of(initSeed));
        }
        copyValues(params(), copy.params());
        copyValues(state(), copy.state());
        return copy;
    }

    private static void copyValues(List<Param> from, List<Param> to) {
        for (int i = 0; i < from.size(); i++) {
            to.get(i).value().setTo(from.get(i).value());
        }
    }

    /** Throws unless the layer {@link #isInitialized()}. */
    void requireInitialized() {
        if (!isInitialized()) {
            throw new IllegalStateException(name + " is not initialized: call initialize(seed) on the network"
                    + " (or initialize(rng) on the layer) before forward");
        }
    }

    /** Throws unless {@code input} has {@code columns} columns. */
    void requireColumns(DMatrixRMaj input, int columns) {
        if (input.numCols != columns) {
            throw new IllegalArgumentException(name + ": expected input with " + columns + " columns, got " + shape(input));
        }
    }

    /** Throws unless {@code inputSize == expected}; for {@link #outputSize(int)}. */
    void requireInputSize(int inputSize, int expected) {
        if (inputSize != expected) {
            throw new IllegalArgumentException(name + ": expected input with " + expected + " columns, got " + inputSize);
        }
    }

    /**
     * Throws unless a forward pass happened ({@code lastInput} non-null) and {@code gradOutput} has
     * the shape of its {@code output}.
     */
    void requireGradient(DMatrixRMaj gradOutput, DMatrixRMaj lastInput, DMatrixRMaj output) {
        if (lastInput == null) {
            throw new IllegalStateException(name + ": backward called before forward");
        }
        if (gradOutput.numRows != output.numRows || gradOutput.numCols != output.numCols) {
            throw new IllegalArgumentException(name + ": expected gradient of shape " + shape(output)
                    + " (the output's), got " + shape(gradOutput));
        }
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }

    @Override
    public String toString() {
        return name + " (" + getClass().getSimpleName() + ")";
    }
}
