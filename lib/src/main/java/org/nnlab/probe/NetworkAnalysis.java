package org.nnlab.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Batch;
import org.nnlab.loss.Loss;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import org.nnlab.plot.Bins;
import tech.tablesaw.api.Table;

/**
 * A one-batch look inside a network, fresh or trained: one forward pass, the loss, one backward
 * pass, then every layer's activation and gradient statistics and histograms (the "variance per
 * layer" view). The network's weights are not changed.
 */
public final class NetworkAnalysis {
    private final List<LayerReadings.Reading> readings;
    private final Map<String, DMatrixRMaj> outputs;
    private final double loss;

    private NetworkAnalysis(List<LayerReadings.Reading> readings, Map<String, DMatrixRMaj> outputs, double loss) {
        this.readings = readings;
        this.outputs = outputs;
        this.loss = loss;
    }

    /** Analyses {@code network} on {@code batch} in the given mode ({@link Saturation#DEFAULT} thresholds). */
    public static NetworkAnalysis of(Sequential network, Batch batch, Loss loss, Mode mode) {
        double value = loss.forward(network.forward(batch.x(), mode), batch);
        network.backward(loss.backward());
        List<LayerReadings.Reading> readings = new ArrayList<>(LayerReadings.activations(network, Saturation.DEFAULT));
        readings.addAll(LayerReadings.gradients(network));
        Map<String, DMatrixRMaj> outputs = new LinkedHashMap<>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            outputs.put(layers.get(i).name(), network.layerOutputs().get(i).copy());
        }
        return new NetworkAnalysis(readings, outputs, value);
    }

    /** The batch's data loss. */
    public double loss() {
        return loss;
    }

    /** layer, metric, value; layers in network order. */
    public Table table() {
        ReadingTable table = new ReadingTable("network analysis");
        table.add(0, 0, readings);
        return table.table().removeColumns("step", "epoch");
    }

    /** The value of a metric for one layer; throws if the layer has no such reading. */
    public double value(String layer, Metric metric) {
        return readings.stream().filter(r -> r.layer().equals(layer) && r.metric() == metric)
                .mapToDouble(LayerReadings.Reading::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + metric.label() + " reading for layer " + layer));
    }

    /** The layers that have a reading of {@code metric}, in network order. */
    public List<String> layers(Metric metric) {
        return readings.stream().filter(r -> r.metric() == metric).map(LayerReadings.Reading::layer).toList();
    }

    /** The readings of {@code metric}, in network order (aligned with {@link #layers(Metric)}). */
    public double[] values(Metric metric) {
        return readings.stream().filter(r -> r.metric() == metric).mapToDouble(LayerReadings.Reading::value).toArray();
    }

    /**
     * Activation histograms, each layer over its own [min, max]: layer, bin, bin_center, fraction
     * (and constant step/kind columns), layers in network order.
     */
    public Table histograms() {
        return histograms(null);
    }

    /**
     * Activation histograms of every layer on the same bins, so that layers compare bar by bar
     * (e.g. {@code Bins.of(-1, 1, 41)} for tanh outputs; values outside count in the edge bins).
     */
    public Table histograms(Bins bins) {
        HistogramTable table = new HistogramTable("activation histograms", bins);
        outputs.forEach((layer, output) -> table.add(0, layer, "activation", output));
        return table.table();
    }

    /** A copy of one layer's output on the batch (rows = examples), e.g. to choose shared {@link Bins}. */
    public DMatrixRMaj output(String layer) {
        DMatrixRMaj output = outputs.get(layer);
        if (output == null) {
            throw new IllegalArgumentException("no layer named " + layer + "; the layers are " + outputs.keySet());
        }
        return output.copy();
    }
}
