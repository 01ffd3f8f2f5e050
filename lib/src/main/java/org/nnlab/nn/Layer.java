package org.nnlab.nn;

import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.random.Rng;

/**
 * One step of a network. Data flows as matrices with one example per row: a batch of {@code n}
 * examples with {@code d} features is {@code n x d}.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #forward} returns a buffer the layer owns and reuses on the next call (copy it to
 *       keep it). The layer may keep a reference to its input until {@link #backward}.</li>
 *   <li>{@link #backward} takes dLoss/dOutput for the last forward pass, writes every trainable
 *       parameter's gradient (overwriting it) and returns dLoss/dInput (also a reused buffer).
 *       {@link #backwardWithoutInputGradient} does the same where nothing needs dLoss/dInput
 *       (training), and may skip computing it.</li>
 *   <li>{@link #outputSize} checks that the layer accepts {@code inputSize} features and returns
 *       how many it produces; shape errors name the layer and both shapes.</li>
 *   <li>{@link #initialize} (re)draws the parameters and sets the layer's random streams from
 *       {@code rng}; layers without parameters or randomness ignore it. Weights also become set by
 *       loading ({@code ModelFile.load}) or by hand ({@link Param#set}). A layer whose weights are
 *       not set refuses to run forward; one without its mask stream refuses TRAIN forward.
 *       {@link #initializeMissing} fills in only what is missing (what {@code Trainer.fit} does).</li>
 * </ul>
 */
public interface Layer {
    /** A short name used in summaries and error messages, e.g. {@code dense_1}. */
    String name();

    /** Sets the name (networks give their layers unique names). */
    void setName(String name);

    /** Output features for {@code inputSize} input features; throws if the layer cannot take it. */
    int outputSize(int inputSize);

    DMatrixRMaj forward(DMatrixRMaj input, Mode mode);

    DMatrixRMaj backward(DMatrixRMaj gradOutput);

    /**
     * {@link #backward} for when nothing needs dLoss/dInput, e.g. the first layer of a network in
     * training: writes the same parameter gradients, bit for bit, and may skip the input gradient,
     * returning null (a dense layer saves its product dY W<sup>T</sup>). The default is {@link #backward}.
     */
    default DMatrixRMaj backwardWithoutInputGradient(DMatrixRMaj gradOutput) {
        return backward(gradOutput);
    }

    /** Trainable parameters, in a fixed order. */
    default List<Param> params() {
        return List.of();
    }

    /** Non-trainable state saved with the model (e.g. running statistics), in a fixed order. */
    default List<Param> state() {
        return List.of();
    }

    default void initialize(Rng rng) {
    }

    /** Same as {@code initialize(Rng.of(seed))}. */
    default void initialize(long seed) {
        initialize(Rng.of(seed));
    }

    /**
     * Draws the parameters only if they are not set, and starts only the random streams that are
     * missing: set or loaded weights are never overwritten. For a fresh layer it is the same as
     * {@link #initialize(Rng)}, with the same streams.
     */
    default void initializeMissing(Rng rng) {
        if (!isInitialized()) {
            initialize(rng);
        }
    }

    /** Same as {@code initializeMissing(Rng.of(seed))}. */
    default void initializeMissing(long seed) {
        initializeMissing(Rng.of(seed));
    }

    /**
     * False while the layer still needs something from {@link #initialize}: weights not set (drawn,
     * loaded or given), or no stream for its masks; layers that need nothing are always initialized.
     */
    default boolean isInitialized() {
        return true;
    }

    /**
     * The number of input features the layer was built for, if fixed at construction (a dense
     * layer's inputs, a normalization layer's features); empty for layers that take any width.
     */
    default OptionalInt fixedInputSize() {
        return OptionalInt.empty();
    }

    /** The number of trainable scalars: the total size of {@link #params()}. */
    default int parameterCount() {
        return params().stream().mapToInt(Param::size).sum();
    }

    /**
     * A deep copy: same configuration, name, parameter values and state, and its own buffers. Layers
     * that cannot be copied throw {@link UnsupportedOperationException}.
     */
    default Layer copy() {
        throw new UnsupportedOperationException(name() + " (" + getClass().getSimpleName() + ") does not support copy()");
    }
}
