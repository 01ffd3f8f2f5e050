package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

class DenseTest {
    @Test
    void computesXWPlusB() {
        Dense dense = new Dense(2, 3, Init.zeros());
        dense.initialize(1);
        dense.weights().value().setTo(new DMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6));
        dense.bias().value().setTo(new DMatrixRMaj(1, 3, true, 0.5, -1, 0));
        DMatrixRMaj y = dense.forward(new DMatrixRMaj(2, 2, true, 1, 0, -1, 2), Mode.EVAL);
        assertArrayEquals(new double[] {1.5, 1, 3, 7.5, 7, 9}, y.data, 1e-15);
    }

    @Test
    void gradientsMatchNumericalOnes() {
        Dense dense = new Dense(5, 4, Init.he());
        dense.initialize(3);
        LayerTesting.randomize(dense.bias().value(), 0.5, 4);
        assertGradientsMatch("dense", dense, gaussian(6, 5, 5), Mode.TRAIN, SMOOTH);
    }

    @Test
    void biasStartsFromItsInitializer() {
        Dense dense = new Dense(3, 4, Init.he(), Init.constant(-1));
        dense.initialize(7);
        for (int j = 0; j < 4; j++) {
            assertEquals(-1, dense.bias().value().get(0, j));
        }
        Dense zeroBias = new Dense(3, 4, Init.he());
        zeroBias.initialize(7);
        assertEquals(0, zeroBias.bias().value().get(0, 2));
    }

    @Test
    void weightsDependOnlyOnTheSeed() {
        Dense a = new Dense(20, 30, Init.he());
        Dense b = new Dense(20, 30, Init.he());
        a.initialize(42);
        b.initialize(42);
        assertArrayEquals(a.weights().value().data, b.weights().value().data);
        b.initialize(43);
        assertFalse(Arrays.equals(a.weights().value().data, b.weights().value().data));
    }

    @Test
    void reusesItsBuffersAndFollowsTheBatchSize() {
        Dense dense = new Dense(3, 2, Init.he());
        dense.initialize(1);
        DMatrixRMaj first = dense.forward(gaussian(8, 3, 1), Mode.TRAIN);
        DMatrixRMaj gradFirst = dense.backward(gaussian(8, 2, 2));
        DMatrixRMaj second = dense.forward(gaussian(5, 3, 3), Mode.TRAIN);
        DMatrixRMaj gradSecond = dense.backward(gaussian(5, 2, 4));
        assertSame(first, second);
        assertSame(gradFirst, gradSecond);
        assertEquals(5, second.numRows);
        assertEquals(5, gradSecond.numRows);
    }

    @Test
    void refusesToRunUninitialized() {
        Dense dense = new Dense(3, 2, Init.he());
        assertFalse(dense.isInitialized());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> dense.forward(gaussian(1, 3, 1), Mode.EVAL));
        assertEquals("dense has no weights yet: call initialize(seed) on the network to draw them,"
                + " ModelFile.load(network, file) to load them, or set them with weights().set(values)", e.getMessage());
        dense.initialize(0);
        assertTrue(dense.isInitialized());
    }

    @Test
    void shapeErrorsNameTheLayerAndBothShapes() {
        Dense dense = new Dense(256, 10, Init.he());
        dense.setName("dense_2");
        dense.initialize(1);
        assertEquals("dense_2: the input must be a batch with 256 columns, got 100x128", assertThrows(
                IllegalArgumentException.class, () -> dense.forward(new DMatrixRMaj(100, 128), Mode.TRAIN)).getMessage());
        assertEquals("dense_2: the input width must be 256, got 128", assertThrows(
                IllegalArgumentException.class, () -> dense.outputSize(128)).getMessage());
        assertEquals("dense_2: backward called before forward", assertThrows(
                IllegalStateException.class, () -> dense.backward(new DMatrixRMaj(100, 10))).getMessage());
        dense.forward(new DMatrixRMaj(100, 256), Mode.TRAIN);
        assertEquals("dense_2: the gradient must be 100x10 (the output's shape), got 100x5", assertThrows(
                IllegalArgumentException.class, () -> dense.backward(new DMatrixRMaj(100, 5))).getMessage());
    }

    @Test
    void invalidHyperparametersFailAtConstruction() {
        assertEquals("dense: inputs must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new Dense(0, 3, Init.he())).getMessage());
        assertEquals("dense: outputs must be >= 1, got -2", assertThrows(IllegalArgumentException.class,
                () -> new Dense(3, -2, Init.he())).getMessage());
        assertEquals("dense: weightInit must not be null", assertThrows(IllegalArgumentException.class,
                () -> new Dense(3, 2, null)).getMessage());
        assertEquals("dense: biasInit must not be null", assertThrows(IllegalArgumentException.class,
                () -> new Dense(3, 2, Init.he(), null)).getMessage());
    }

    @Test
    void copyIsDeepAndKeepsValues() {
        Dense dense = new Dense(3, 2, Init.he());
        dense.setName("dense_1");
        dense.initialize(5);
        dense.weights().value().set(0, 0, 123);
        Dense copy = (Dense) dense.copy();
        assertEquals("dense_1", copy.name());
        assertArrayEquals(dense.weights().value().data, copy.weights().value().data);
        copy.weights().value().set(0, 0, 0);
        assertEquals(123, dense.weights().value().get(0, 0));
    }

    @Test
    void biasGradientHasTheBitsOfEjmlsColumnSums() {
        Dense dense = new Dense(3, 37, Init.he());
        dense.initialize(5);
        DMatrixRMaj x = gaussian(23, 3, 6);
        dense.forward(x, Mode.TRAIN);
        DMatrixRMaj dy = gaussian(23, 37, 7);
        dy.data[5] = -0.0;
        dense.backward(dy);
        assertArrayEquals(CommonOps_DDRM.sumCols(dy, null).data, dense.bias().grad().data);
    }
}
