package org.nnlab.nn;

import java.util.List;
import org.nnlab.check.Require;
import org.nnlab.init.Init;
import org.nnlab.init.Initializer;

/**
 * A multilayer perceptron as the lectures draw it: for each hidden width {@code h},
 * {@code Dense(h) [-> BatchNorm | LayerNorm] -> activation [-> Dropout]}, then {@code Dense(outputs)}
 * producing logits (the softmax is part of the loss). Defaults: zero biases, output weights
 * {@link Init#xavier()}, no normalization, no dropout.
 * <pre>{@code
 * Sequential net = Mlp.of(784, List.of(100, 100, 100), 10, Activation.sigmoid(), Init.xavier()).batchNorm().build();
 * }</pre>
 * For the plain network in one call, see {@link Networks#mlp}. {@link #maxout} builds the same
 * network with maxout units in place of the activation.
 */
public final class Mlp {
    private enum Normalization { NONE, BATCH_NORM, LAYER_NORM }

    private final int inputs;
    private final List<Integer> hidden;
    private final int outputs;
    private final Activation activation;
    private final int maxoutPieces;
    private final Initializer init;
    private Initializer biasInit = Init.zeros();
    private Initializer outputInit = Init.xavier();
    private Normalization normalization = Normalization.NONE;
    private double dropout;

    private Mlp(int inputs, List<Integer> hidden, int outputs, Activation activation, int maxoutPieces, Initializer init) {
        Require.atLeast("mlp", "inputs", inputs, 1);
        Require.atLeast("mlp", "outputs", outputs, 1);
        Require.notNull("mlp", "hidden", hidden);
        for (int units : hidden) {
            Require.atLeast("mlp", "every hidden width", units, 1);
        }
        if (maxoutPieces == 0) {
            Require.notNull("mlp", "activation", activation);
        } else {
            Require.atLeast("mlp", "maxout pieces", maxoutPieces, 2);
        }
        Require.notNull("mlp", "init", init);
        this.inputs = inputs;
        this.hidden = List.copyOf(hidden);
        this.outputs = outputs;
        this.activation = activation;
        this.maxoutPieces = maxoutPieces;
        this.init = init;
    }

    /**
     * {@code inputs -> hidden[0] -> ... -> outputs} with {@code activation} after every hidden
     * layer and hidden weights from {@code init}.
     */
    public static Mlp of(int inputs, List<Integer> hidden, int outputs, Activation activation, Initializer init) {
        return new Mlp(inputs, hidden, outputs, activation, 0, init);
    }

    /**
     * The same network with maxout units: each hidden width {@code h} becomes {@code Dense(h * pieces)
     * [-> normalization] -> Maxout(pieces) [-> Dropout]}, so a unit outputs the largest of its
     * {@code pieces} linear functions of the layer's input (see {@link Maxout}); {@code init} and the
     * bias initializer apply to that dense layer.
     */
    public static Mlp maxout(int inputs, List<Integer> hidden, int outputs, int pieces, Initializer init) {
        return new Mlp(inputs, hidden, outputs, null, pieces, init);
    }

    /** Batch norm between each hidden dense layer and its activation (as in Ioffe and Szegedy). */
    public Mlp batchNorm() {
        normalization = Normalization.BATCH_NORM;
        return this;
    }

    /** Layer norm between each hidden dense layer and its activation. */
    public Mlp layerNorm() {
        normalization = Normalization.LAYER_NORM;
        return this;
    }

    /** Dropout with drop probability {@code rate} after each hidden activation (none for 0). */
    public Mlp dropout(double rate) {
        Require.fraction("mlp", "dropout rate", rate);
        dropout = rate;
        return this;
    }

    /** Biases of the hidden dense layers from {@code biasInit} (default zeros), e.g. {@code Init.constant(0.1)} for ReLU. */
    public Mlp biasInit(Initializer biasInit) {
        Require.notNull("mlp", "biasInit", biasInit);
        this.biasInit = biasInit;
        return this;
    }

    /** Weights of the output layer from {@code outputInit} (default {@link Init#xavier()}). */
    public Mlp outputInit(Initializer outputInit) {
        Require.notNull("mlp", "outputInit", outputInit);
        this.outputInit = outputInit;
        return this;
    }

    /** A new, uninitialized network; call {@code initialize(seed)} on it as on any network. */
    public Sequential build() {
        SequentialBuilder builder = Sequential.builder(inputs);
        for (int units : hidden) {
            builder.dense(maxoutPieces == 0 ? units : units * maxoutPieces, init, biasInit);
            if (normalization == Normalization.BATCH_NORM) {
                builder.batchNorm();
            } else if (normalization == Normalization.LAYER_NORM) {
                builder.layerNorm();
            }
            if (maxoutPieces == 0) {
                builder.activation(activation);
            } else {
                builder.add(new Maxout(maxoutPieces));
            }
            if (dropout > 0) {
                builder.dropout(dropout);
            }
        }
        return builder.dense(outputs, outputInit).build();
    }
}
