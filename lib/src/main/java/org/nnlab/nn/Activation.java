package org.nnlab.nn;

import java.util.function.IntFunction;
import org.nnlab.init.Init;
import org.nnlab.init.Initializer;

/**
 * An activation function as a choice to pass around, e.g. to compare networks that differ only in
 * it: {@code for (Activation a : List.of(Activation.sigmoid(), Activation.tanh(), Activation.relu()))}.
 * {@link #layer(int)} makes a fresh layer of it; its {@link #toString()} is a readable name for
 * legends and tables ("leaky ReLU (alpha 0.1)").
 */
public final class Activation {
    private final String name;
    private final IntFunction<Layer> factory;
    private final boolean rectifier;

    /** Builds one layer at once, so that a bad parameter (e.g. a negative alpha) fails where it is given. */
    private Activation(String name, boolean rectifier, IntFunction<Layer> factory) {
        factory.apply(1);
        this.name = name;
        this.rectifier = rectifier;
        this.factory = factory;
    }

    /** {@link Sigmoid}: {@code 1 / (1 + e^-x)}. */
    public static Activation sigmoid() {
        return new Activation("sigmoid", false, width -> new Sigmoid());
    }

    /** {@link Tanh}. */
    public static Activation tanh() {
        return new Activation("tanh", false, width -> new Tanh());
    }

    /** {@link ReLU}: {@code max(0, x)}. */
    public static Activation relu() {
        return new Activation("ReLU", true, width -> new ReLU());
    }

    /** {@link LeakyReLU} with negative slope {@code alpha >= 0}. */
    public static Activation leakyRelu(double alpha) {
        return new Activation("leaky ReLU (alpha " + alpha + ")", true, width -> new LeakyReLU(alpha));
    }

    /** {@link PReLU}: a leaky ReLU with one learned slope per feature. */
    public static Activation prelu() {
        return new Activation("PReLU", true, PReLU::new);
    }

    /** {@link ELU} with alpha = 1. */
    public static Activation elu() {
        return new Activation("ELU", true, width -> new ELU());
    }

    /** {@link ELU} with saturation value {@code -alpha}. */
    public static Activation elu(double alpha) {
        return new Activation("ELU (alpha " + alpha + ")", true, width -> new ELU(alpha));
    }

    /** {@link Identity}: no nonlinearity (a linear network). */
    public static Activation identity() {
        return new Activation("linear", false, width -> new Identity());
    }

    /**
     * The initialization suited to this activation: He ({@code Var(W) = 2 / fan_in}) for the
     * rectifiers (ReLU, leaky ReLU, PReLU, ELU), Xavier ({@code Var(W) = 2 / (fan_in + fan_out)})
     * for sigmoid, tanh and linear units.
     */
    public Initializer suitedInit() {
        return rectifier ? Init.he() : Init.xavier();
    }

    /** A new layer of this activation for inputs of {@code width} features. */
    public Layer layer(int width) {
        return factory.apply(width);
    }

    @Override
    public String toString() {
        return name;
    }
}
