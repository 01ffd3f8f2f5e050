package org.nnlab.probe;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.nnlab.nn.ELU;
import org.nnlab.nn.Layer;
import org.nnlab.nn.LeakyReLU;
import org.nnlab.nn.PReLU;
import org.nnlab.nn.Param;
import org.nnlab.nn.ReLU;
import org.nnlab.nn.Sequential;
import org.nnlab.nn.Sigmoid;
import org.nnlab.nn.Tanh;

/**
 * Reads per-layer metrics off a network right after a forward and backward pass, from the buffers
 * {@link Sequential} keeps ({@link Sequential#layerOutputs()}, {@link Sequential#layerOutputGradients()}).
 */
final class LayerReadings {
    /** One reading. */
    record Reading(String layer, Metric metric, double value) {
    }

    private LayerReadings() {
    }

    /** Activation statistics of every top-level layer's output. */
    static List<Reading> activations(Sequential network, Saturation saturation) {
        List<Reading> readings = new ArrayList<>();
        List<Layer> layers = network.layers();
        List<DMatrixRMaj> outputs = network.layerOutputs();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            DMatrixRMaj out = outputs.get(i);
            if (out == null) {
                continue;
            }
            readings.add(new Reading(layer.name(), Metric.ACTIVATION_MEAN, Stats.mean(out)));
            readings.add(new Reading(layer.name(), Metric.ACTIVATION_STD, Stats.std(out)));
            if (layer instanceof Sigmoid) {
                readings.add(new Reading(layer.name(), Metric.SATURATED_FRACTION,
                        Stats.fractionOutside(out, saturation.sigmoidLow(), saturation.sigmoidHigh())));
            } else if (layer instanceof Tanh) {
                readings.add(new Reading(layer.name(), Metric.SATURATED_FRACTION,
                        Stats.fractionOutside(out, -saturation.tanhAbs(), saturation.tanhAbs())));
            } else if (isReluFamily(layer)) {
                readings.add(new Reading(layer.name(), Metric.DEAD_FRACTION, Stats.fractionOfColumnsNeverPositive(out)));
            }
        }
        return readings;
    }

    /** Gradient statistics: the gradient reaching each layer's output, and each weight matrix's gradient. */
    static List<Reading> gradients(Sequential network) {
        List<Reading> readings = new ArrayList<>();
        List<Layer> layers = network.layers();
        List<DMatrixRMaj> outputGradients = network.layerOutputGradients();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (outputGradients.get(i) != null) {
                readings.add(new Reading(layer.name(), Metric.OUTPUT_GRADIENT_STD, Stats.std(outputGradients.get(i))));
            }
            Param weight = weight(layer);
            if (weight != null) {
                double gradStd = Stats.std(weight.grad());
                double weightStd = Stats.std(weight.value());
                readings.add(new Reading(layer.name(), Metric.WEIGHT_STD, weightStd));
                readings.add(new Reading(layer.name(), Metric.GRADIENT_STD, gradStd));
                readings.add(new Reading(layer.name(), Metric.GRADIENT_NORM, NormOps_DDRM.normF(weight.grad())));
                readings.add(new Reading(layer.name(), Metric.GRADIENT_DATA_RATIO, gradStd / weightStd));
            }
        }
        return readings;
    }

    /** The layer's first weight matrix, or null. */
    static Param weight(Layer layer) {
        for (Param p : layer.params()) {
            if (p.role() == Param.Role.WEIGHT) {
                return p;
            }
        }
        return null;
    }

    static boolean isReluFamily(Layer layer) {
        return layer instanceof ReLU || layer instanceof LeakyReLU || layer instanceof PReLU || layer instanceof ELU;
    }
}
