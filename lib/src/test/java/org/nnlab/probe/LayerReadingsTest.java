package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.init.Init;
import org.nnlab.nn.Dense;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import org.nnlab.random.Rng;

/** Probe readings on constructed networks whose answers are known in advance. */
class LayerReadingsTest {

    private static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj x = new DMatrixRMaj(rows, cols);
        Arrays.setAll(x.data, i -> rng.nextGaussian());
        return x;
    }

    private static double reading(List<LayerReadings.Reading> readings, String layer, Metric metric) {
        return readings.stream().filter(r -> r.layer().equals(layer) && r.metric() == metric)
                .mapToDouble(LayerReadings.Reading::value).findFirst().orElseThrow();
    }

    @Test
    void aReluLayerBehindAHugeNegativeBiasIsAllDead() {
        Sequential net = Sequential.of(new Dense(20, 30, Init.normal(0.1), Init.constant(-100)), new org.nnlab.nn.ReLU());
        net.initialize(1);
        net.forward(gaussian(64, 20, 2), Mode.EVAL);
        assertEquals(1.0, reading(LayerReadings.activations(net, Saturation.DEFAULT), "relu_1", Metric.DEAD_FRACTION));
    }

    @Test
    void aHealthyReluLayerHasNoDeadUnits() {
        Sequential net = Sequential.of(new Dense(20, 30, Init.he()), new org.nnlab.nn.ReLU());
        net.initialize(1);
        net.forward(gaussian(256, 20, 2), Mode.EVAL);
        assertEquals(0.0, reading(LayerReadings.activations(net, Saturation.DEFAULT), "relu_1", Metric.DEAD_FRACTION));
    }

    @Test
    void sigmoidAndTanhBehindLargeWeightsReadSaturated() {
        Sequential sig = Sequential.of(new Dense(100, 50, Init.normal(10)), new org.nnlab.nn.Sigmoid());
        Sequential tanh = Sequential.of(new Dense(100, 50, Init.normal(10)), new org.nnlab.nn.Tanh());
        Sequential calm = Sequential.of(new Dense(100, 50, Init.normal(0.001)), new org.nnlab.nn.Sigmoid());
        for (Sequential net : List.of(sig, tanh, calm)) {
            net.initialize(3);
            net.forward(gaussian(128, 100, 4), Mode.EVAL);
        }
        double sigSaturated = reading(LayerReadings.activations(sig, Saturation.DEFAULT), "sigmoid_1", Metric.SATURATED_FRACTION);
        double tanhSaturated = reading(LayerReadings.activations(tanh, Saturation.DEFAULT), "tanh_1", Metric.SATURATED_FRACTION);
        double calmSaturated = reading(LayerReadings.activations(calm, Saturation.DEFAULT), "sigmoid_1", Metric.SATURATED_FRACTION);
        // pre-activation std = 10 * sqrt(100) = 100: only |z| < ~3.5 (sigmoid) or ~2.1 (tanh) escapes
        assertEquals(0.97, sigSaturated, 0.02);
        assertEquals(0.98, tanhSaturated, 0.02);
        assertEquals(0.0, calmSaturated);
    }

    @Test
    void aLinearLayerWithKnownWeightsHasThePredictedStd() {
        // y = x W with every weight 0.05 and x ~ N(0, 1) iid over 400 inputs: std(y) = 0.05 * sqrt(400) = 1
        Sequential net = Sequential.of(new Dense(400, 10, Init.constant(0.05)));
        net.initialize(5);
        net.forward(gaussian(20_000, 400, 6), Mode.EVAL);
        List<LayerReadings.Reading> readings = LayerReadings.activations(net, Saturation.DEFAULT);
        assertEquals(1.0, reading(readings, "dense_1", Metric.ACTIVATION_STD), 0.02);
        assertEquals(0.0, reading(readings, "dense_1", Metric.ACTIVATION_MEAN), 0.02);
    }

    @Test
    void saturationThresholdsAreParameters() {
        Sequential net = Sequential.of(new Dense(10, 10, Init.normal(0.3)), new org.nnlab.nn.Sigmoid());
        net.initialize(7);
        net.forward(gaussian(500, 10, 8), Mode.EVAL);
        double strict = reading(LayerReadings.activations(net, new Saturation(0.3, 0.7, 0.9)), "sigmoid_1", Metric.SATURATED_FRACTION);
        double loose = reading(LayerReadings.activations(net, Saturation.DEFAULT), "sigmoid_1", Metric.SATURATED_FRACTION);
        assertEquals(true, strict > loose + 0.1, strict + " vs " + loose);
    }
}
