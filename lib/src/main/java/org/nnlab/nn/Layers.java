package org.nnlab.nn;

import org.nnlab.init.Initializer;

/**
 * Static factories for every layer, for {@code import static org.nnlab.nn.Layers.*}:
 * <pre>
 *   Sequential.of(dense(784, 256, he()), relu(), dropout(0.5), dense(256, 10, xavier()))
 * </pre>
 * Each returns {@code new} of the class of the same name; see those for the maths.
 */
public final class Layers {
    private Layers() {
    }

    public static Dense dense(int inputs, int outputs, Initializer weightInit) {
        return new Dense(inputs, outputs, weightInit);
    }

    public static Dense dense(int inputs, int outputs, Initializer weightInit, Initializer biasInit) {
        return new Dense(inputs, outputs, weightInit, biasInit);
    }

    public static DropConnectDense dropConnectDense(int inputs, int outputs, Initializer weightInit, double rate) {
        return new DropConnectDense(inputs, outputs, weightInit, rate);
    }

    public static Sigmoid sigmoid() {
        return new Sigmoid();
    }

    public static Tanh tanh() {
        return new Tanh();
    }

    public static ReLU relu() {
        return new ReLU();
    }

    public static LeakyReLU leakyRelu(double alpha) {
        return new LeakyReLU(alpha);
    }

    public static PReLU prelu(int features) {
        return new PReLU(features);
    }

    public static ELU elu() {
        return new ELU();
    }

    public static ELU elu(double alpha) {
        return new ELU(alpha);
    }

    public static Softmax softmax() {
        return new Softmax();
    }

    public static Identity identity() {
        return new Identity();
    }

    public static Dropout dropout(double rate) {
        return new Dropout(rate);
    }

    public static BatchNorm batchNorm(int features) {
        return new BatchNorm(features);
    }

    public static BatchNorm batchNorm(int features, double momentum, double eps) {
        return new BatchNorm(features, momentum, eps);
    }

    public static LayerNorm layerNorm(int features) {
        return new LayerNorm(features);
    }

    public static LayerNorm layerNorm(int features, double eps) {
        return new LayerNorm(features, eps);
    }

    public static Residual residual(Layer block) {
        return new Residual(block);
    }
}
