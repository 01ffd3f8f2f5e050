package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

/** Bad input to the nn package: NaN is never hidden, unset weights are refused with the three fixes, arguments are named. */
class BadInputTest {
    @Test
    void activationsPropagateNaN() {
        assertTrue(Double.isNaN(new ReLU().apply(Double.NaN)), "ReLU used to turn NaN into 0");
        assertTrue(Double.isNaN(new ReLU().derivative(Double.NaN, Double.NaN)));
        assertTrue(Double.isNaN(new LeakyReLU(0.1).derivative(Double.NaN, Double.NaN)));
        for (ElementwiseActivation f : new ElementwiseActivation[] {new ReLU(), new LeakyReLU(0.1), new ELU(), new Sigmoid(), new Tanh()}) {
            assertTrue(Double.isNaN(f.apply(Double.NaN)), f.name());
        }
        Sequential net = Sequential.builder(2).dense(3, Init.he()).relu().dense(1, Init.xavier()).build();
        net.initialize(1);
        DMatrixRMaj out = net.forward(new DMatrixRMaj(new double[][] {{Double.NaN, 1}}), Mode.EVAL);
        assertTrue(Double.isNaN(out.get(0, 0)), "a NaN input gives a NaN output, not a finite prediction");
        assertEquals("dense_1", net.firstNonFinite());
    }

    @Test
    void weightsSetByHandNeedNoRandomOnes() {
        Dense dense = new Dense(2, 1, Init.he());
        assertFalse(dense.isInitialized());
        IllegalStateException unset = assertThrows(IllegalStateException.class, () -> dense.forward(new DMatrixRMaj(1, 2), Mode.EVAL));
        assertEquals("dense has no weights yet: call initialize(seed) on the network to draw them, ModelFile.load(network, file)"
                + " to load them, or set them with weights().set(values)", unset.getMessage());
        dense.weights().set(2, -1);
        assertTrue(dense.isInitialized());
        assertArrayEquals(new double[] {1}, dense.forward(new DMatrixRMaj(new double[][] {{1, 1}}), Mode.EVAL).data);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> dense.weights().set(1, 2, 3));
        assertEquals("W: the number of new values must be 2 (2x1, row-major), got 3", shape.getMessage());
    }

    @Test
    void initializeMissingKeepsSetWeightsAndGivesStreamsToTheRest() {
        Sequential net = Sequential.builder(2).dense(2, Init.he()).dropout(0.5).dense(1, Init.he()).build();
        Dense first = (Dense) net.layer("dense_1");
        first.weights().set(1, 2, 3, 4);
        net.initializeMissing(5);
        assertArrayEquals(new double[] {1, 2, 3, 4}, first.weights().value().data);
        assertTrue(net.isInitialized());
        net.forward(new DMatrixRMaj(3, 2), Mode.TRAIN);

        Sequential a = Sequential.builder(2).dense(2, Init.he()).dropout(0.5).dense(1, Init.he()).build();
        Sequential b = Sequential.builder(2).dense(2, Init.he()).dropout(0.5).dense(1, Init.he()).build();
        a.initialize(9);
        b.initializeMissing(9);
        for (int k = 0; k < a.params().size(); k++) {
            assertArrayEquals(a.params().get(k).value().data, b.params().get(k).value().data, "same as initialize for a fresh network");
        }
        Layer copy = net.copy();
        assertTrue(copy.isInitialized(), "a copy of set weights is set");
    }

    @Test
    void argumentsAreNamedWithTheValueAndWhatWasExpected() {
        assertEquals("dropout: rate must be in [0, 1), got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Dropout(1.5)).getMessage());
        assertEquals("leaky_relu: alpha must be a finite number >= 0, got Infinity",
                assertThrows(IllegalArgumentException.class, () -> new LeakyReLU(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("relu: name must be a non-blank string, got  ",
                assertThrows(IllegalArgumentException.class, () -> new ReLU().setName(" ")).getMessage());
        assertEquals("Param.trainable: role must be WEIGHT, BIAS, SCALE, SHIFT or SLOPE, got STATE; use Param.state for"
                + " non-trainable state", assertThrows(IllegalArgumentException.class,
                        () -> Param.trainable("x", Param.Role.STATE, 1, 1)).getMessage());
    }
}
