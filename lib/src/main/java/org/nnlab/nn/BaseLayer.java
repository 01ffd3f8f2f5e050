package org.nnlab.nn;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * What nnlab's layers share: a name, shape checks whose messages name the layer and both shapes,
 * initialization in two parts (parameters, random streams) and a {@link #copy()} built from a fresh
 * twin plus the current values.
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
        Require.that(name != null && !name.isBlank(), this.name, "name", "a non-blank string", name);
        this.name = name;
    }

    /** Remembers the stream (so that {@link #copy()} can restart it), draws the parameters and starts the streams. */
    @Override
    public final void initialize(Rng rng) {
        initSeed = rng.seed();
        initializeFrom(rng);
    }

    /** Keeps parameters that are set; draws them only if not, and starts missing streams. */
    @Override
    public void initializeMissing(Rng rng) {
        if (isInitialized()) {
            return;
        }
        initSeed = rng.seed();
        if (!parametersSet()) {
            drawParameters(rng);
        }
        startStreams(rng);
    }

    /** Draws the parameters and takes the layer's random streams from {@code rng}. */
    void initializeFrom(Rng rng) {
        drawParameters(rng);
        startStreams(rng);
    }

    /** Fills the parameters from their initializers (or defaults), on streams split from {@code rng}. */
    void drawParameters(Rng rng) {
    }

    /** Takes the layer's random streams (e.g. for masks) from {@code rng}. */
    void startStreams(Rng rng) {
    }

    /** Whether the parameters hold meaningful values; true for layers whose defaults are meaningful. */
    boolean parametersSet() {
        return true;
    }

    /** A fresh layer with the same configuration (not initialized, default values). */
    abstract BaseLayer twin();

    /**
     * The twin, renamed like this layer, initialized from the same stream as this layer (so its
     * masks restart from where this layer's began), then given this layer's parameter and state
     * values (set where this layer's are).
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
            if (from.get(i).isSet()) {
                to.get(i).markSet();
            }
        }
    }

    /** Throws unless the parameters are set, saying the three ways to set them. */
    void requireParameters() {
        if (!parametersSet()) {
            throw new IllegalStateException(name + " has no weights yet: call initialize(seed) on the network to draw them,"
                    + " ModelFile.load(network, file) to load them, or set them with weights().set(values)");
        }
    }

    /** Throws unless {@code stream} exists: TRAIN mode draws masks from it. */
    void requireStream(boolean hasStream) {
        if (!hasStream) {
            throw new IllegalStateException(name + " has no random stream for its masks: call initialize(seed) on the network"
                    + " (Trainer.fit does so for layers that lack one, keeping set weights), or use Mode.EVAL");
        }
    }

    /** Throws unless {@code input} has {@code columns} columns. */
    void requireColumns(DMatrixRMaj input, int columns) {
        Require.that(input.numCols == columns, name, "the input", "a batch with " + columns + " columns", shape(input));
    }

    /** Throws unless {@code inputSize == expected}; for {@link #outputSize(int)}. */
    void requireInputSize(int inputSize, int expected) {
        Require.that(inputSize == expected, name, "the input width", String.valueOf(expected), inputSize);
    }

    /**
     * Throws unless a forward pass happened ({@code lastInput} non-null) and {@code gradOutput} has
     * the shape of its {@code output}.
     */
    void requireGradient(DMatrixRMaj gradOutput, DMatrixRMaj lastInput, DMatrixRMaj output) {
        if (lastInput == null) {
            throw new IllegalStateException(name + ": backward called before forward");
        }
        Require.that(gradOutput.numRows == output.numRows && gradOutput.numCols == output.numCols, name, "the gradient",
                shape(output) + " (the output's shape)", shape(gradOutput));
    }

    static String shape(DMatrixRMaj m) {
        return m.numRows + "x" + m.numCols;
    }

    @Override
    public String toString() {
        return name + " (" + getClass().getSimpleName() + ")";
    }
}
