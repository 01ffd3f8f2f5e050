package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;

class NetworksTest {

    private static List<String> names(Sequential net) {
        return net.layers().stream().map(Layer::name).toList();
    }

    @Test
    void mlpIsDenseActivationPerHiddenWidthThenLogits() {
        Sequential net = Networks.mlp(784, List.of(256, 128), 10, Activation.relu(), Init.he());
        assertEquals(List.of("dense_1", "relu_1", "dense_2", "relu_2", "dense_3"), names(net));
        assertEquals(784, net.inputSize());
        assertEquals(10, net.outputSize());
        assertEquals(128, ((Dense) net.layer("dense_2")).weights().value().numCols);
    }

    @Test
    void mlpHasTheSameWeightsAsTheSameNetworkBuiltByHand() {
        Sequential byHand = Sequential.builder(20).dense(16, Init.he()).tanh().dense(16, Init.he()).tanh()
                .dense(3, Init.xavier()).build();
        Sequential mlp = Networks.mlp(20, List.of(16, 16), 3, Activation.tanh(), Init.he());
        byHand.initialize(5);
        mlp.initialize(5);
        for (int p = 0; p < byHand.params().size(); p++) {
            assertArrayEquals(byHand.params().get(p).value().data, mlp.params().get(p).value().data, byHand.params().get(p).name());
        }
    }

    @Test
    void optionsPlaceNormalizationBeforeAndDropoutAfterTheActivation() {
        Sequential bn = Mlp.of(784, List.of(100, 100), 10, Activation.sigmoid(), Init.xavier()).batchNorm().dropout(0.5).build();
        assertEquals(List.of("dense_1", "batch_norm_1", "sigmoid_1", "dropout_1", "dense_2", "batch_norm_2", "sigmoid_2",
                "dropout_2", "dense_3"), names(bn));
        assertEquals(0.5, ((Dropout) bn.layer("dropout_1")).rate());
        Sequential ln = Mlp.of(784, List.of(100), 10, Activation.sigmoid(), Init.xavier()).layerNorm().build();
        assertEquals(List.of("dense_1", "layer_norm_1", "sigmoid_1", "dense_2"), names(ln));
    }

    @Test
    void maxoutMlpHasPiecesTimesWiderDenseLayersFollowedByMaxout() {
        Sequential net = Mlp.maxout(20, List.of(6, 4), 3, 2, Init.he()).biasInit(Init.constant(-3)).dropout(0.2).build();
        assertEquals(List.of("dense_1", "maxout_1", "dropout_1", "dense_2", "maxout_2", "dropout_2", "dense_3"), names(net));
        net.initialize(2);
        assertEquals(12, ((Dense) net.layer("dense_1")).weights().value().numCols);
        assertEquals(4, ((Dense) net.layer("dense_3")).weights().value().numRows);
        assertTrue(Arrays.stream(((Dense) net.layer("dense_2")).bias().value().data).allMatch(b -> b == -3));
        assertEquals(3, net.outputSize());
    }

    @Test
    void maxoutMlpRejectsFewerThanTwoPieces() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Mlp.maxout(20, List.of(6), 3, 1, Init.he()));
        assertTrue(error.getMessage().contains("maxout pieces"), error.getMessage());
    }

    @Test
    void biasAndOutputInitializers() {
        Sequential net = Mlp.of(8, List.of(4, 4), 3, Activation.relu(), Init.he())
                .biasInit(Init.constant(0.1)).outputInit(Init.zeros()).build();
        net.initialize(1);
        assertTrue(Arrays.stream(((Dense) net.layer("dense_1")).bias().value().data).allMatch(b -> b == 0.1));
        assertTrue(Arrays.stream(((Dense) net.layer("dense_3")).weights().value().data).allMatch(w -> w == 0));
        Sequential zerosOut = Networks.mlp(8, List.of(4), 3, Activation.relu(), Init.he(), Init.zeros());
        zerosOut.initialize(1);
        assertTrue(Arrays.stream(((Dense) zerosOut.layer("dense_2")).weights().value().data).allMatch(w -> w == 0));
    }

    @Test
    void withoutAnInitializerEachActivationGetsTheOneSuitedToIt() {
        for (Activation a : List.of(Activation.relu(), Activation.leakyRelu(0.1), Activation.prelu(), Activation.elu())) {
            assertEquals(Init.he().getClass(), a.suitedInit().getClass(), a.toString());
        }
        for (Activation a : List.of(Activation.sigmoid(), Activation.tanh(), Activation.identity())) {
            assertEquals(Init.xavier().getClass(), a.suitedInit().getClass(), a.toString());
        }
        Sequential suited = Networks.mlp(20, List.of(16), 3, Activation.relu());
        Sequential he = Networks.mlp(20, List.of(16), 3, Activation.relu(), Init.he());
        Sequential xavier = Networks.mlp(20, List.of(16), 3, Activation.relu(), Init.xavier());
        suited.initialize(5);
        he.initialize(5);
        xavier.initialize(5);
        assertArrayEquals(he.params().get(0).value().data, suited.params().get(0).value().data);
        assertFalse(Arrays.equals(xavier.params().get(0).value().data, suited.params().get(0).value().data));
        assertEquals(List.of("dense_1", "dense_2"), suited.denseLayers().stream().map(Layer::name).toList());
    }

    @Test
    void noHiddenLayerIsLogisticRegression() {
        assertEquals(List.of("dense_1"), names(Networks.mlp(784, List.of(), 10, Activation.relu(), Init.he())));
    }

    @Test
    void everyActivationMakesItsLayerAndHasAReadableName() {
        assertInstanceOf(Sigmoid.class, Activation.sigmoid().layer(3));
        assertInstanceOf(Tanh.class, Activation.tanh().layer(3));
        assertInstanceOf(ReLU.class, Activation.relu().layer(3));
        assertEquals(0.1, ((LeakyReLU) Activation.leakyRelu(0.1).layer(3)).alpha());
        assertEquals(3, ((PReLU) Activation.prelu().layer(3)).params().get(0).value().getNumElements());
        assertInstanceOf(ELU.class, Activation.elu().layer(3));
        assertInstanceOf(ELU.class, Activation.elu(0.5).layer(3));
        assertInstanceOf(Identity.class, Activation.identity().layer(3));
        assertEquals("leaky ReLU (alpha 0.1)", Activation.leakyRelu(0.1).toString());
        assertEquals("ReLU", Activation.relu().toString());
        assertEquals(List.of("dense_1", "prelu_1", "dense_2"),
                names(Sequential.builder(4).dense(5, Init.he()).activation(Activation.prelu()).dense(2, Init.xavier()).build()));
    }

    @Test
    void badArgumentsFailWhereTheyAreGiven() {
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class, () -> Activation.leakyRelu(-1));
        assertTrue(alpha.getMessage().contains("alpha"), alpha.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.elu(Double.NaN));
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> Networks.mlp(784, List.of(100, 0), 10, Activation.relu(), Init.he()));
        assertTrue(width.getMessage().contains("hidden") && width.getMessage().contains("0"), width.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mlp.of(784, List.of(10), 10, Activation.relu(), Init.he()).dropout(1));
        assertThrows(IllegalArgumentException.class, () -> Networks.mlp(0, List.of(10), 10, Activation.relu(), Init.he()));
        assertThrows(IllegalArgumentException.class, () -> Networks.mlp(784, List.of(10), 10, null, Init.he()));
    }
}
