package org.nnlab.nn;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.init.Init;
import org.nnlab.init.Initializer;
import org.nnlab.linalg.Gemm;
import org.nnlab.random.Rng;

/**
 * A fully connected layer: {@code Y = X W + b} with weights {@code W} ({@code inputs x outputs},
 * named {@code W}) and bias {@code b} ({@code 1 x outputs}, named {@code b}) added to every row.
 *
 * <p>Backward, for upstream gradient dY: {@code dW = X^T dY}, {@code db = column sums of dY},
 * {@code dX = dY W^T}.
 *
 * <p>Parameters stay zero until {@link #initialize}: {@code W} from the weight initializer on the
 * stream {@code rng.split("W")}, {@code b} from the bias initializer (zeros unless given) on
 * {@code rng.split("b")}. Weights loaded by {@code ModelFile.load} or given with
 * {@code weights().set(...)} count as set too (the bias then keeps its value, zeros unless set).
 * Forward before the weights are set throws.
 */
public sealed class Dense extends BaseLayer permits DropConnectDense {
    private final int inputs;
    private final int outputs;
    private final Initializer weightInit;
    private final Initializer biasInit;
    private final Param weights;
    private final Param bias;
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;
    private DMatrixRMaj usedWeights;

    /** A dense layer with zero initial biases. */
    public Dense(int inputs, int outputs, Initializer weightInit) {
        this(inputs, outputs, weightInit, Init.zeros());
    }

    /** A dense layer whose biases start from {@code biasInit}, e.g. {@code Init.constant(-1)}. */
    public Dense(int inputs, int outputs, Initializer weightInit, Initializer biasInit) {
        this("dense", inputs, outputs, weightInit, biasInit);
    }

    Dense(String defaultName, int inputs, int outputs, Initializer weightInit, Initializer biasInit) {
        super(defaultName);
        Require.atLeast(defaultName, "inputs", inputs, 1);
        Require.atLeast(defaultName, "outputs", outputs, 1);
        Require.notNull(defaultName, "weightInit", weightInit);
        Require.notNull(defaultName, "biasInit", biasInit);
        this.inputs = inputs;
        this.outputs = outputs;
        this.weightInit = weightInit;
        this.biasInit = biasInit;
        this.weights = Param.trainable("W", Param.Role.WEIGHT, inputs, outputs);
        this.bias = Param.trainable("b", Param.Role.BIAS, 1, outputs);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** {@code W}, {@code inputs x outputs}. */
    public Param weights() {
        return weights;
    }

    /** {@code b}, {@code 1 x outputs}. */
    public Param bias() {
        return bias;
    }

    Initializer weightInit() {
        return weightInit;
    }

    Initializer biasInit() {
        return biasInit;
    }

    @Override
    public int outputSize(int inputSize) {
        requireInputSize(inputSize, inputs);
        return outputs;
    }

    @Override
    public OptionalInt fixedInputSize() {
        return OptionalInt.of(inputs);
    }

    @Override
    public boolean isInitialized() {
        return parametersSet();
    }

    @Override
    boolean parametersSet() {
        return weights.isSet();
    }

    @Override
    void drawParameters(Rng rng) {
        weightInit.fill(weights.value(), rng.split("W"));
        biasInit.fill(bias.value(), rng.split("b"));
        weights.markSet();
        bias.markSet();
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        requireParameters();
        requireColumns(x, inputs);
        input = x;
        usedWeights = weightsFor(mode);
        output.reshape(x.numRows, outputs);
        Gemm.mult(x, usedWeights, output);
        double[] b = bias.value().data;
        for (int row = 0; row < output.numRows; row++) {
            int offset = row * outputs;
            for (int j = 0; j < outputs; j++) {
                output.data[offset + j] += b[j];
            }
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        parameterGradients(gradOutput);
        gradInput.reshape(gradOutput.numRows, inputs);
        Gemm.multTransB(gradOutput, usedWeights, gradInput);
        return gradInput;
    }

    /** dW and db only: returns null. */
    @Override
    public DMatrixRMaj backwardWithoutInputGradient(DMatrixRMaj gradOutput) {
        parameterGradients(gradOutput);
        return null;
    }

    private void parameterGradients(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        Gemm.multTransA(input, gradOutput, weights.grad());
        adjustWeightGradient(weights.grad());
        columnSums(gradOutput, bias.grad());
    }

    /**
     * {@code sums[j] = 0 + m[0][j] + m[1][j] + ...}, summed in row order as EJML's {@code sumCols}
     * does, but row by row, so the inner loop runs over contiguous memory.
     */
    private static void columnSums(DMatrixRMaj m, DMatrixRMaj sums) {
        int n = m.numCols;
        double[] out = sums.data;
        Arrays.fill(out, 0, n, 0.0);
        for (int row = 0; row < m.numRows; row++) {
            int offset = row * n;
            for (int j = 0; j < n; j++) {
                out[j] += m.data[offset + j];
            }
        }
    }

    /** The weight matrix the forward pass multiplies by: {@code W} itself here. */
    DMatrixRMaj weightsFor(Mode mode) {
        return weights.value();
    }

    /** Turns {@code X^T dY} into dLoss/dW; the identity here. */
    void adjustWeightGradient(DMatrixRMaj gradWeights) {
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    BaseLayer twin() {
        return new Dense(inputs, outputs, weightInit, biasInit);
    }

    @Override
    public String toString() {
        return super.toString() + " " + inputs + " -> " + outputs + ", W ~ " + weightInit;
    }
}
