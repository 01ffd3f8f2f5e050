package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LayerNormTest {
    private static LayerNorm withRandomAffine(int features) {
        LayerNorm ln = new LayerNorm(features);
        LayerTesting.randomize(ln.gamma().value(), 1, 31);
        LayerTesting.randomize(ln.beta().value(), 1, 32);
        return ln;
    }

    @Test
    void gradientsMatchNumericalOnes() {
        assertGradientsMatch("layer_norm", withRandomAffine(6), gaussian(5, 6, 1), Mode.TRAIN, SMOOTH);
    }

    @Test
    void normalizesEachRowOverItsFeatures() {
        LayerNorm ln = new LayerNorm(4);
        DMatrixRMaj x = new DMatrixRMaj(2, 4, true, 1, 2, 3, 4, 10, 10, 30, 30);
        DMatrixRMaj y = ln.forward(x, Mode.TRAIN);
        double s1 = Math.sqrt(1.25 + ln.eps());
        double s2 = Math.sqrt(100 + ln.eps());
        assertArrayEquals(new double[] {-1.5 / s1, -0.5 / s1, 0.5 / s1, 1.5 / s1, -10 / s2, -10 / s2, 10 / s2, 10 / s2},
                y.data, 1e-12);
    }

    @Test
    void trainAndEvalAgreeAndSingleRowsWork() {
        LayerNorm ln = withRandomAffine(3);
        DMatrixRMaj x = gaussian(1, 3, 2);
        assertArrayEquals(ln.forward(x, Mode.TRAIN).data.clone(), ln.forward(x, Mode.EVAL).data);
    }

    @Test
    void invalidHyperparametersFailNamingParameterAndValue() {
        assertEquals("layer_norm: eps must be a finite number > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new LayerNorm(3, -1)).getMessage());
        assertEquals("layer_norm: features must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new LayerNorm(0)).getMessage());
    }
}
