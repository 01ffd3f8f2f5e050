package org.nnlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nnlab.check.Require;
import org.nnlab.init.Initializer;

/**
 * Builds a {@link Sequential} layer by layer, tracking the current width so that only output sizes
 * need to be given:
 * <pre>
 *   Sequential.builder(784).dense(256, Init.he()).relu().dropout(0.5).batchNorm().dense(10, Init.xavier()).build()
 * </pre>
 * Each method appends one layer; see the layer classes for the maths and defaults.
 */
public final class SequentialBuilder {
    private final int inputSize;
    private final List<Layer> layers = new ArrayList<>();
    private int width;

    SequentialBuilder(int inputSize) {
        Require.atLeast("sequential", "inputSize", inputSize, 1);
        this.inputSize = inputSize;
        this.width = inputSize;
    }

    /** Appends any layer; it must accept the current width. */
    public SequentialBuilder add(Layer layer) {
        width = layer.outputSize(width);
        layers.add(layer);
        return this;
    }

    /** The current width: the output size of the last layer added (or the input size). */
    public int width() {
        return width;
    }

    /** {@link Dense} to {@code units} outputs, zero biases. */
    public SequentialBuilder dense(int units, Initializer weightInit) {
        return add(new Dense(width, units, weightInit));
    }

    /** {@link Dense} to {@code units} outputs with biases from {@code biasInit}. */
    public SequentialBuilder dense(int units, Initializer weightInit, Initializer biasInit) {
        return add(new Dense(width, units, weightInit, biasInit));
    }

    /** {@link DropConnectDense} to {@code units} outputs, dropping each weight with probability {@code rate}. */
    public SequentialBuilder dropConnectDense(int units, Initializer weightInit, double rate) {
        return add(new DropConnectDense(width, units, weightInit, rate));
    }

    /**
     * {@code units} maxout units of {@code pieces} linear pieces each: a {@link Dense} layer to
     * {@code units * pieces} outputs, then {@link Maxout} over consecutive groups of {@code pieces}.
     */
    public SequentialBuilder maxout(int units, int pieces, Initializer weightInit) {
        Require.atLeast("SequentialBuilder.maxout", "units", units, 1);
        return dense(units * pieces, weightInit).add(new Maxout(pieces));
    }

    /** A layer of the given activation, e.g. {@code .activation(Activation.leakyRelu(0.1))}. */
    public SequentialBuilder activation(Activation activation) {
        return add(activation.layer(width));
    }

    public SequentialBuilder sigmoid() {
        return add(new Sigmoid());
    }

    public SequentialBuilder tanh() {
        return add(new Tanh());
    }

    public SequentialBuilder relu() {
        return add(new ReLU());
    }

    public SequentialBuilder leakyRelu(double alpha) {
        return add(new LeakyReLU(alpha));
    }

    /** {@link PReLU} with one learned slope per current feature. */
    public SequentialBuilder prelu() {
        return add(new PReLU(width));
    }

    /** {@link ELU} with alpha = 1. */
    public SequentialBuilder elu() {
        return add(new ELU());
    }

    public SequentialBuilder elu(double alpha) {
        return add(new ELU(alpha));
    }

    public SequentialBuilder softmax() {
        return add(new Softmax());
    }

    public SequentialBuilder identity() {
        return add(new Identity());
    }

    /** {@link Dropout} with drop probability {@code rate}. */
    public SequentialBuilder dropout(double rate) {
        return add(new Dropout(rate));
    }

    /** {@link BatchNorm} with the default momentum and eps. */
    public SequentialBuilder batchNorm() {
        return add(new BatchNorm(width));
    }

    /** {@link BatchNorm}; {@code momentum} is the weight of the old running value. */
    public SequentialBuilder batchNorm(double momentum, double eps) {
        return add(new BatchNorm(width, momentum, eps));
    }

    /** {@link LayerNorm} with the default eps. */
    public SequentialBuilder layerNorm() {
        return add(new LayerNorm(width));
    }

    public SequentialBuilder layerNorm(double eps) {
        return add(new LayerNorm(width, eps));
    }

    /**
     * A {@link Residual} whose block is built from the current width, e.g.
     * {@code .residual(b -> b.dense(64, Init.he()).relu().dense(64, Init.he()))}.
     */
    public SequentialBuilder residual(UnaryOperator<SequentialBuilder> block) {
        return add(new Residual(block.apply(new SequentialBuilder(width)).build()));
    }

    public Sequential build() {
        return Sequential.of(inputSize, layers.toArray(Layer[]::new));
    }
}
