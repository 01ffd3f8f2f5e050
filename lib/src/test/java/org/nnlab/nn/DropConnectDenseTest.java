package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

class DropConnectDenseTest {
    private static DropConnectDense initialized(int inputs, int outputs, double rate, long seed) {
        DropConnectDense layer = new DropConnectDense(inputs, outputs, Init.xavier(), rate);
        layer.initialize(seed);
        LayerTesting.randomize(layer.bias().value(), 0.5, seed + 1);
        return layer;
    }

    @Test
    void evalUsesTheExpectedWeights() {
        DropConnectDense layer = initialized(4, 3, 0.5, 1);
        DMatrixRMaj x = gaussian(5, 4, 2);
        Dense plain = new Dense(4, 3, Init.zeros());
        plain.initialize(0);
        plain.weights().value().setTo(layer.weights().value());
        plain.bias().value().setTo(layer.bias().value());
        assertArrayEquals(plain.forward(x, Mode.EVAL).data, layer.forward(x, Mode.EVAL).data, 1e-15);
    }

    @Test
    void trainMasksWeightsNotActivations() {
        double rate = 0.5;
        DropConnectDense layer = initialized(6, 5, rate, 3);
        DMatrixRMaj identity = CommonOps_DDRM.identity(6);
        DMatrixRMaj y = layer.forward(identity, Mode.TRAIN);
        // row i of I (W .* M) + b is row i of the masked weights plus b
        int dropped = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 5; j++) {
                double masked = y.get(i, j) - layer.bias().value().get(0, j);
                double w = layer.weights().value().get(i, j);
                if (Math.abs(masked) < 1e-15) {
                    dropped++;
                } else {
                    assertEquals(w / (1 - rate), masked, 1e-12);
                }
            }
        }
        assertTrue(dropped > 3 && dropped < 27, "dropped " + dropped + " of 30 weights at rate 0.5");
    }

    @Test
    void trainOutputAveragesToTheEvalOutput() {
        DropConnectDense layer = initialized(8, 4, 0.3, 4);
        DMatrixRMaj x = gaussian(3, 8, 5);
        double[] expected = layer.forward(x, Mode.EVAL).data.clone();
        int draws = 20000;
        double[] sum = new double[12];
        for (int k = 0; k < draws; k++) {
            DMatrixRMaj y = layer.forward(x, Mode.TRAIN);
            for (int i = 0; i < 12; i++) {
                sum[i] += y.data[i];
            }
        }
        for (int i = 0; i < 12; i++) {
            assertEquals(expected[i], sum[i] / draws, 0.03);
        }
    }

    @Test
    void gradientsMatchNumericalOnes() {
        DropConnectDense layer = initialized(5, 4, 0.5, 6);
        layer.freezeMask(true);
        assertGradientsMatch("dropconnect_dense (TRAIN, frozen mask)", layer, gaussian(6, 5, 7), Mode.TRAIN, SMOOTH);
        assertGradientsMatch("dropconnect_dense (EVAL)", layer, gaussian(6, 5, 7), Mode.EVAL, SMOOTH);
    }

    @Test
    void rateOutsideZeroOneFailsNamingParameterAndValue() {
        assertEquals("dropconnect_dense: rate must be in [0, 1), got 1.5", assertThrows(IllegalArgumentException.class,
                () -> new DropConnectDense(3, 3, Init.he(), 1.5)).getMessage());
    }
}
