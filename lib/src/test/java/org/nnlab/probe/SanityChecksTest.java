package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.loss.Losses;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizers;
import org.nnlab.optim.Regularizers;
import org.nnlab.random.Rng;

class SanityChecksTest {
    /** 10 classes, 20 features of noise: nothing to learn but memorization. */
    private static Dataset noise(int n) {
        Rng rng = Rng.of(1);
        DMatrixRMaj x = new DMatrixRMaj(n, 20);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int j = 0; j < 20; j++) {
                x.set(i, j, rng.nextGaussian());
            }
        }
        return Dataset.classification("noise", x, labels, 10);
    }

    /** A deliberately broken layer: identity forward, but the gradient's sign flipped. */
    private static final class WrongSign implements Layer {
        private DMatrixRMaj grad = new DMatrixRMaj(1, 1);
        private String name = "wrong_sign";

        @Override public String name() { return name; }
        @Override public void setName(String n) { name = n; }
        @Override public int outputSize(int inputSize) { return inputSize; }
        @Override public DMatrixRMaj forward(DMatrixRMaj input, Mode mode) { return input; }

        @Override
        public DMatrixRMaj backward(DMatrixRMaj gradOutput) {
            grad.reshape(gradOutput.numRows, gradOutput.numCols);
            for (int i = 0; i < gradOutput.getNumElements(); i++) {
                grad.data[i] = -gradOutput.data[i];
            }
            return grad;
        }

        @Override public List<Param> params() { return List.of(); }
    }

    private static Sequential healthy() {
        return Sequential.builder(20).dense(64, Init.he()).relu().dense(10, Init.normal(0.01)).build();
    }

    @Test
    void aHealthyNetworkStartsNearLnCAndThePenaltyAddsToIt() {
        Sequential net = healthy();
        net.initialize(2);
        SanityChecks.InitialLoss check = SanityChecks.initialLoss(net, noise(200), Losses.softmaxCrossEntropy(), Regularizers.l2(1.0), 0.05);
        assertTrue(check.passed(), check.toString());
        assertTrue(check.penalty() > 0, "the L2 penalty raises the starting loss");
    }

    @Test
    void overConfidentInitializationFailsTheInitialLossCheck() {
        Sequential net = Sequential.builder(20).dense(64, Init.he()).relu().dense(10, Init.normal(3)).build();
        net.initialize(2);
        SanityChecks.InitialLoss check = SanityChecks.initialLoss(net, noise(200), Losses.softmaxCrossEntropy(), Regularizers.none(), 0.1);
        assertFalse(check.passed(), check.toString());
    }

    @Test
    void aHealthyNetworkMemorizesATinySubset() {
        SanityChecks.Overfit check = SanityChecks.overfitTinySubset(healthy(), noise(200), 40, 20, Losses.softmaxCrossEntropy(),
                Optimizers.adam(), 1e-2, 300, 0.99, 3);
        assertTrue(check.passed(), check.toString());
    }

    @Test
    void aWrongGradientSignCannotMemorize() {
        Sequential broken = Sequential.of(20, new org.nnlab.nn.Dense(20, 64, Init.he()), new org.nnlab.nn.ReLU(),
                new org.nnlab.nn.Dense(64, 10, Init.normal(0.01)), new WrongSign());
        SanityChecks.Overfit check = SanityChecks.overfitTinySubset(broken, noise(200), 40, 20, Losses.softmaxCrossEntropy(),
                Optimizers.adam(), 1e-2, 300, 0.99, 3);
        assertFalse(check.passed(), check.toString());
    }
}
