package org.nnlab.nn;

import java.util.List;
import org.nnlab.init.Initializer;

/**
 * Lecture-standard networks in one call, e.g.
 * {@code Networks.mlp(784, List.of(256, 128), 10, Activation.relu(), Init.he())}. Variants (batch
 * norm, dropout, bias and output initialization) are options of {@link Mlp}.
 */
public final class Networks {
    private Networks() {
    }

    /**
     * {@code inputs -> Dense(h) -> activation} for each hidden width {@code h}, then
     * {@code Dense(outputs)} (logits): hidden weights from {@code init}, output weights Xavier, zero biases.
     */
    public static Sequential mlp(int inputs, List<Integer> hidden, int outputs, Activation activation, Initializer init) {
        return Mlp.of(inputs, hidden, outputs, activation, init).build();
    }

    /** As {@link #mlp(int, List, int, Activation, Initializer)} with the activation's {@link Activation#suitedInit()}. */
    public static Sequential mlp(int inputs, List<Integer> hidden, int outputs, Activation activation) {
        return mlp(inputs, hidden, outputs, activation, activation.suitedInit());
    }

    /** As {@link #mlp(int, List, int, Activation, Initializer)}, with output weights from {@code outputInit}. */
    public static Sequential mlp(int inputs, List<Integer> hidden, int outputs, Activation activation, Initializer init,
            Initializer outputInit) {
        return Mlp.of(inputs, hidden, outputs, activation, init).outputInit(outputInit).build();
    }
}
