package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.KINKED;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

class MaxoutTest {
    @Test
    void eachUnitIsTheLargestOfItsConsecutivePiecesAndItAloneGetsTheGradient() {
        Maxout maxout = new Maxout(3);
        DMatrixRMaj x = new DMatrixRMaj(2, 6, true,
                1, 5, 2, -4, -1, -3,
                0, 0, 7, 2, 9, 2);
        assertArrayEquals(new double[] {5, -1, 7, 9}, maxout.forward(x, Mode.TRAIN).data);
        DMatrixRMaj dx = maxout.backward(new DMatrixRMaj(2, 2, true, 10, 20, 30, 40));
        assertArrayEquals(new double[] {0, 10, 0, 0, 20, 0, 0, 0, 30, 0, 40, 0}, dx.data);
    }

    @Test
    void gradientsMatchNumericalOnesAloneAndAfterADenseLayer() {
        assertGradientsMatch("maxout (3 pieces)", new Maxout(3), gaussian(5, 12, 1), Mode.TRAIN, KINKED);
        Sequential net = Sequential.builder(6).maxout(4, 3, Init.he()).dense(2, Init.xavier()).build();
        net.initialize(3);
        assertGradientsMatch("sequential with maxout", net, gaussian(5, 6, 2), Mode.TRAIN, KINKED);
    }

    @Test
    void theBuilderAddsADenseLayerOfUnitsTimesPiecesThenTheMaxout() {
        Sequential net = Sequential.builder(6).maxout(4, 3, Init.he()).dense(2, Init.xavier()).build();
        assertEquals(List.of("dense_1", "maxout_1", "dense_2"), net.layers().stream().map(Layer::name).toList());
        assertEquals(12, ((Dense) net.layer("dense_1")).outputs());
        assertEquals(4 * 2 + 2, net.denseLayers().get(1).parameterCount());
        net.initialize(1);
        DMatrixRMaj x = gaussian(3, 6, 4);
        assertArrayEquals(net.forward(x, Mode.EVAL).copy().data, ((Sequential) net.copy()).forward(x, Mode.EVAL).data);
    }

    @Test
    void badSettingsAreRefusedWithTheFix() {
        assertThrows(IllegalArgumentException.class, () -> new Maxout(1));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> Sequential.builder(6).dense(10, Init.he()).add(new Maxout(3)));
        assertTrue(width.getMessage().contains("multiple of pieces = 3") && width.getMessage().contains("got 10")
                && width.getMessage().contains("units * pieces"), width.getMessage());
    }
}
