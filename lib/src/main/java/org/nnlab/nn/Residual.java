package org.nnlab.nn;

import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * A skip connection around a block that keeps the width: {@code y = x + block(x)}, so
 * {@code dx = dy + block.backward(dy)}. The block may be any layer, typically a {@link Sequential};
 * its parameters, state, initialization and masks are the residual's.
 */
public final class Residual extends BaseLayer implements Stochastic {
    private final Layer block;
    private final DMatrixRMaj output = new DMatrixRMaj(0, 0);
    private final DMatrixRMaj gradInput = new DMatrixRMaj(0, 0);
    private DMatrixRMaj input;

    /** Throws if the block declares an input width it does not keep. */
    public Residual(Layer block) {
        super("residual");
        Require.notNull(name(), "block", block);
        this.block = block;
        block.fixedInputSize().ifPresent(this::outputSize);
    }

    public Layer block() {
        return block;
    }

    @Override
    public int outputSize(int inputSize) {
        int blockOutput = block.outputSize(inputSize);
        Require.that(blockOutput == inputSize, name(), "the block " + block.name() + "'s output width",
                inputSize + " (a residual block must keep the width)", blockOutput);
        return inputSize;
    }

    @Override
    public OptionalInt fixedInputSize() {
        return block.fixedInputSize();
    }

    @Override
    public boolean isInitialized() {
        return block.isInitialized();
    }

    @Override
    void initializeFrom(Rng rng) {
        block.initialize(rng);
    }

    @Override
    public void initializeMissing(Rng rng) {
        block.initializeMissing(rng);
    }

    @Override
    public void freezeMask(boolean frozen) {
        if (block instanceof Stochastic stochastic) {
            stochastic.freezeMask(frozen);
        }
    }

    @Override
    public DMatrixRMaj forward(DMatrixRMaj x, Mode mode) {
        DMatrixRMaj blockOutput = block.forward(x, mode);
        Require.that(blockOutput.numRows == x.numRows && blockOutput.numCols == x.numCols, name(),
                "the block " + block.name() + "'s output", shape(x) + " (the input's shape)", shape(blockOutput));
        input = x;
        output.reshape(x.numRows, x.numCols);
        for (int i = 0; i < x.getNumElements(); i++) {
            output.data[i] = x.data[i] + blockOutput.data[i];
        }
        return output;
    }

    @Override
    public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
        requireGradient(gradOutput, input, output);
        DMatrixRMaj blockGrad = block.backward(gradOutput);
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        for (int i = 0; i < gradOutput.getNumElements(); i++) {
            gradInput.data[i] = gradOutput.data[i] + blockGrad.data[i];
        }
        return gradInput;
    }

    @Override
    public List<Param> params() {
        return block.params();
    }

    @Override
    public List<Param> state() {
        return block.state();
    }

    /** A residual around a copy of the block. */
    @Override
    public Residual copy() {
        Residual copy = new Residual(block.copy());
        copy.setName(name());
        return copy;
    }

    @Override
    BaseLayer twin() {
        return copy();
    }

    @Override
    public String toString() {
        return super.toString() + " around " + block.name() + " (" + block.getClass().getSimpleName() + ")";
    }
}
