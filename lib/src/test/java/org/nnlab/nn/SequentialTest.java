package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.init.Init.he;
import static org.nnlab.init.Init.xavier;
import static org.nnlab.nn.LayerTesting.KINKED;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.random.Rng;

class SequentialTest {
    private static Sequential mlp() {
        return Sequential.builder(784).dense(256, he()).relu().dropout(0.5).batchNorm().dense(10, xavier()).build();
    }

    private static List<String> names(List<? extends Object> items) {
        return items.stream().map(o -> o instanceof Param p ? p.name() : ((Layer) o).name()).toList();
    }

    @Test
    void namesLayersKerasStyleAndPrefixesParameterNames() {
        Sequential net = mlp();
        assertEquals(List.of("dense_1", "relu_1", "dropout_1", "batch_norm_1", "dense_2"), names(net.layers()));
        assertEquals(List.of("dense_1.W", "dense_1.b", "batch_norm_1.gamma", "batch_norm_1.beta", "dense_2.W",
                "dense_2.b"), names(net.params()));
        assertEquals(List.of("batch_norm_1.running_mean", "batch_norm_1.running_var"), names(net.state()));
        assertSame(net.params(), net.params());
        assertSame(net.layers().get(0).params().get(0).value(), net.params().get(0).value());
        assertSame(net.layers().get(4), net.layer("dense_2"));
    }

    @Test
    void ofTakesTheInputWidthFromTheFirstLayer() {
        Sequential net = Sequential.of(new Dense(784, 256, he()), new ReLU(), new Dropout(0.5), new Dense(256, 10, xavier()));
        assertEquals(784, net.inputSize());
        assertEquals(10, net.outputSize());
        assertEquals(203_530, net.parameterCount());
        assertEquals("sequential: the first layer must be one with a fixed input width, got relu (takes any width);"
                + " give the input width: Sequential.of(inputSize, layers...)",
                assertThrows(IllegalArgumentException.class, () -> Sequential.of(new ReLU())).getMessage());
        assertEquals(5, Sequential.of(5, new ReLU()).outputSize());
    }

    @Test
    void chainWidthMismatchNamesTheLayerAndBothWidths() {
        assertEquals("dense_2: the input width must be 128, got 256", assertThrows(IllegalArgumentException.class,
                () -> Sequential.of(new Dense(784, 256, he()), new ReLU(), new Dense(128, 10, he()))).getMessage());
        assertEquals("dense: the input width must be 32, got 64", assertThrows(IllegalArgumentException.class,
                () -> Sequential.builder(10).dense(64, he()).add(new Dense(32, 2, he()))).getMessage());
    }

    @Test
    void inputWidthMismatchNamesTheNetworkAndBothShapes() {
        Sequential net = mlp();
        net.initialize(1);
        assertEquals("sequential: the input must be a batch with 784 columns, got 32x100", assertThrows(
                IllegalArgumentException.class, () -> net.forward(new DMatrixRMaj(32, 100), Mode.TRAIN)).getMessage());
    }

    @Test
    void summaryListsLayersShapesAndParameterCounts() {
        NetworkSummary summary = Sequential.builder(784).dense(256, he()).relu().dense(10, xavier()).build().summary();
        assertEquals("sequential: 203,530 parameters", summary.title());
        assertEquals(List.of("dense_1", "relu_1", "dense_2"), summary.layers().stream().map(NetworkSummary.LayerRow::layer).toList());
        assertEquals(List.of("Dense", "ReLU", "Dense"), summary.layers().stream().map(NetworkSummary.LayerRow::type).toList());
        assertEquals(List.of("(batch, 256)", "(batch, 256)", "(batch, 10)"),
                summary.layers().stream().map(NetworkSummary.LayerRow::outputShape).toList());
        assertEquals(List.of(200_960, 0, 2_570), summary.layers().stream().map(NetworkSummary.LayerRow::parameters).toList());
        assertEquals(List.of("dense_1", "Dense", "(batch, 256)", "200,960"), summary.layers().get(0).cells());
        assertEquals(String.join("\n", "sequential: 203,530 parameters",
                "layer    type   output shape  parameters",
                "dense_1  Dense  (batch, 256)     200,960",
                "relu_1   ReLU   (batch, 256)           0",
                "dense_2  Dense  (batch, 10)        2,570", ""), summary.toString());
    }

    @Test
    void summaryTitleCountsNonTrainableState() {
        Sequential net = mlp();
        assertEquals("sequential: 204,042 parameters (+ 512 non-trainable)", net.summary().title());
        String text = net.toString();
        assertTrue(text.contains("batch_norm_1") && text.contains("BatchNorm") && text.contains("204,042"), text);
    }

    @Test
    void initializationIsRequiredAndReproducible() {
        Sequential a = mlp();
        assertFalse(a.isInitialized());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> a.forward(new DMatrixRMaj(2, 784), Mode.EVAL));
        assertTrue(e.getMessage().startsWith("dense_1 has no weights yet: call initialize(seed)"), e.getMessage());
        a.initialize(42);
        assertTrue(a.isInitialized());
        Sequential b = mlp();
        b.initialize(Rng.of(42));
        for (int k = 0; k < a.params().size(); k++) {
            assertArrayEquals(a.params().get(k).value().data, b.params().get(k).value().data);
        }
        b.initialize(43);
        assertFalse(Arrays.equals(a.params().get(0).value().data, b.params().get(0).value().data));
    }

    @Test
    void gradientsMatchNumericallyThroughBatchNormAndFrozenDropout() {
        Sequential net = Sequential.builder(6).dense(8, xavier()).tanh().batchNorm().dropout(0.3)
                .dense(5, xavier()).layerNorm().elu().dense(3, xavier()).build();
        net.initialize(7);
        net.freezeMask(true);
        assertGradientsMatch("sequential with batch_norm, dropout (TRAIN)", net, gaussian(10, 6, 8), Mode.TRAIN, SMOOTH);
        assertGradientsMatch("sequential with batch_norm, dropout (EVAL)", net, gaussian(10, 6, 8), Mode.EVAL, SMOOTH);
    }

    @Test
    void aBiasRightBeforeBatchNormGetsNoGradientInTrain() {
        Sequential net = Sequential.builder(4).dense(5, xavier()).batchNorm().tanh().dense(2, xavier()).build();
        net.initialize(11);
        net.forward(gaussian(8, 4, 12), Mode.TRAIN);
        net.backward(gaussian(8, 2, 13));
        DMatrixRMaj biasGrad = ((Dense) net.layer("dense_1")).bias().grad();
        for (int j = 0; j < 5; j++) {
            assertEquals(0, biasGrad.get(0, j), 1e-12, "batch norm subtracts the batch mean, and any bias with it");
        }
    }

    @Test
    void gradientsMatchNumericallyThroughReluResidualsAndDropConnect() {
        Sequential net = Sequential.builder(5).dense(6, he()).relu()
                .residual(b -> b.dense(6, he()).prelu().dense(6, he()))
                .dropConnectDense(4, he(), 0.5).leakyRelu(0.1).dense(2, xavier()).softmax().build();
        net.initialize(9);
        net.freezeMask(true);
        assertGradientsMatch("sequential with relu, residual, dropconnect", net, gaussian(7, 5, 10), Mode.TRAIN, KINKED);
    }

    @Test
    void keepsEveryLayersOutputAndGradients() {
        Sequential net = mlp();
        net.initialize(1);
        DMatrixRMaj x = gaussian(16, 784, 2);
        DMatrixRMaj y = net.forward(x, Mode.TRAIN);
        assertSame(y, net.layerOutputs().get(4));
        assertEquals(256, net.layerOutputs().get(1).numCols);
        DMatrixRMaj upstream = gaussian(16, 10, 3);
        DMatrixRMaj gradX = net.backward(upstream);
        assertSame(gradX, net.layerInputGradients().get(0));
        assertSame(upstream, net.layerOutputGradients().get(4));
        assertSame(net.layerInputGradients().get(2), net.layerOutputGradients().get(1));
        assertNull(net.firstNonFinite());
    }

    @Test
    void trainingBackwardGivesTheSameParameterGradientsWithoutTheUnneededOnes() {
        for (boolean parameterFreeFirst : new boolean[] {false, true}) {
            var builder = Sequential.builder(20);
            if (parameterFreeFirst) {
                builder.dropout(0.5);
            }
            Sequential net = builder.dense(12, he()).relu().batchNorm().dense(3, xavier()).build();
            net.initialize(4);
            net.freezeMask(true);
            DMatrixRMaj x = gaussian(9, 20, 5);
            DMatrixRMaj upstream = gaussian(9, 3, 6);
            net.forward(x, Mode.TRAIN);
            net.backward(upstream);
            List<double[]> full = net.params().stream().map(p -> p.grad().data.clone()).toList();
            DMatrixRMaj hidden = net.layerOutputGradients().get(net.layers().size() - 2).copy();
            net.params().forEach(p -> p.grad().zero());

            net.forward(x, Mode.TRAIN);
            assertNull(net.backwardWithoutInputGradient(upstream));
            for (int i = 0; i < full.size(); i++) {
                assertArrayEquals(full.get(i), net.params().get(i).grad().data, net.params().get(i).name());
            }
            int firstDense = parameterFreeFirst ? 1 : 0;
            assertNull(net.layerInputGradients().get(firstDense));
            assertArrayEquals(hidden.data, net.layerOutputGradients().get(net.layers().size() - 2).data);
            if (parameterFreeFirst) {
                assertNull(net.layerOutputGradients().get(0));
            }
            assertNull(net.firstNonFinite());
        }
    }

    @Test
    void firstNonFiniteNamesTheLayerWhereNaNAppeared() {
        Sequential net = mlp();
        net.initialize(1);
        DMatrixRMaj x = gaussian(16, 784, 2);
        net.forward(x, Mode.TRAIN);
        net.backward(gaussian(16, 10, 3));
        assertNull(net.firstNonFinite());

        DMatrixRMaj upstream = gaussian(16, 10, 3);
        upstream.set(0, 0, Double.POSITIVE_INFINITY);
        net.forward(x, Mode.TRAIN);
        net.backward(upstream);
        assertEquals("dense_2", net.firstNonFinite());

        ((Dense) net.layer("dense_2")).weights().value().set(0, 0, Double.NaN);
        net.forward(x, Mode.TRAIN);
        assertEquals("dense_2", net.firstNonFinite());
        ((Dense) net.layer("dense_1")).bias().value().set(0, 0, Double.NaN);
        net.forward(x, Mode.TRAIN);
        assertEquals("dense_1", net.firstNonFinite());
    }

    @Test
    void copyIsDeepAndBehavesTheSame() {
        Sequential net = mlp();
        net.initialize(1);
        DMatrixRMaj x = gaussian(8, 784, 2);
        net.forward(x, Mode.TRAIN);
        Sequential copy = net.copy();
        assertEquals(names(net.layers()), names(copy.layers()));
        assertEquals(names(net.params()), names(copy.params()));
        assertArrayEquals(net.forward(x, Mode.EVAL).data.clone(), copy.forward(x, Mode.EVAL).data);
        assertNotSame(net.params().get(0).value(), copy.params().get(0).value());
        assertArrayEquals(net.state().get(0).value().data, copy.state().get(0).value().data);
        copy.params().get(0).value().set(0, 0, 1e6);
        assertTrue(net.params().get(0).value().get(0, 0) != 1e6);
    }

    @Test
    void copyRestartsTheMaskStreams() {
        Sequential net = Sequential.builder(4).dropout(0.5).build();
        net.initialize(3);
        DMatrixRMaj x = gaussian(5, 4, 4);
        Sequential copy = net.copy();
        assertArrayEquals(net.forward(x, Mode.TRAIN).data.clone(), copy.forward(x, Mode.TRAIN).data);
    }

    @Test
    void nestedNetworksGetNestedNames() {
        Sequential net = Sequential.builder(3).residual(b -> b.dense(3, he()).relu()).dense(2, he()).build();
        assertEquals(List.of("residual_1", "dense_1"), names(net.layers()));
        assertEquals(List.of("residual_1.dense_1.W", "residual_1.dense_1.b", "dense_1.W", "dense_1.b"),
                names(net.params()));
        net.initialize(1);
        assertTrue(net.isInitialized());
    }

    @Test
    void rejectsSharedLayersAndEmptyNetworks() {
        ReLU relu = new ReLU();
        assertEquals("sequential: each layer must be a distinct object, got relu twice; layers keep per-call buffers and cannot be shared; create a new layer for each place",
                assertThrows(IllegalArgumentException.class, () -> Sequential.of(3, relu, relu)).getMessage());
        assertEquals("sequential: the number of layers must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Sequential.of(3)).getMessage());
        assertEquals("sequential: inputSize must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Sequential.builder(0)).getMessage());
    }

    @Test
    void reusesBuffersAcrossBatchSizes() {
        Sequential net = mlp();
        net.initialize(1);
        DMatrixRMaj big = net.forward(gaussian(32, 784, 1), Mode.TRAIN);
        net.backward(gaussian(32, 10, 2));
        DMatrixRMaj small = net.forward(gaussian(7, 784, 3), Mode.TRAIN);
        assertSame(big, small);
        assertEquals(7, net.backward(gaussian(7, 10, 4)).numRows);
    }
}
