package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

class ResidualTest {
    @Test
    void addsTheBlockOutputToItsInput() {
        Dense block = new Dense(3, 3, Init.he());
        Residual residual = new Residual(block);
        residual.initialize(1);
        DMatrixRMaj x = gaussian(4, 3, 2);
        double[] blockOut = block.forward(x, Mode.EVAL).data.clone();
        DMatrixRMaj y = residual.forward(x, Mode.EVAL);
        for (int i = 0; i < 12; i++) {
            assertEquals(x.data[i] + blockOut[i], y.data[i], 1e-15);
        }
    }

    @Test
    void gradientsMatchNumericalOnesAroundADenseLayer() {
        Residual residual = new Residual(new Dense(4, 4, Init.xavier()));
        residual.initialize(3);
        assertGradientsMatch("residual(dense)", residual, gaussian(5, 4, 4), Mode.TRAIN, SMOOTH);
    }

    @Test
    void gradientsMatchNumericalOnesAroundANetwork() {
        Residual residual = new Residual(Sequential.builder(4).dense(6, Init.xavier()).tanh().layerNorm()
                .dense(4, Init.xavier()).build());
        residual.initialize(5);
        assertGradientsMatch("residual(dense-tanh-layer_norm-dense)", residual, gaussian(5, 4, 6), Mode.TRAIN, SMOOTH);
    }

    @Test
    void sharesTheBlocksParametersAndInitialization() {
        Dense block = new Dense(3, 3, Init.he());
        Residual residual = new Residual(block);
        assertEquals(block.params(), residual.params());
        assertFalse(residual.isInitialized());
        residual.initialize(1);
        assertTrue(block.isInitialized());
    }

    @Test
    void aBlockThatChangesTheWidthFailsAtConstruction() {
        Dense block = new Dense(4, 3, Init.he());
        block.setName("dense_7");
        assertEquals("residual: the block dense_7's output width must be 4 (a residual block must keep the width), got 3",
                assertThrows(IllegalArgumentException.class, () -> new Residual(block)).getMessage());
    }

    @Test
    void copyIsDeep() {
        Residual residual = new Residual(new Dense(2, 2, Init.he()));
        residual.initialize(1);
        Residual copy = residual.copy();
        DMatrixRMaj x = gaussian(3, 2, 2);
        assertArrayEquals(residual.forward(x, Mode.EVAL).data.clone(), copy.forward(x, Mode.EVAL).data);
        copy.params().get(0).value().set(0, 0, 99);
        assertTrue(residual.params().get(0).value().get(0, 0) != 99);
    }
}
