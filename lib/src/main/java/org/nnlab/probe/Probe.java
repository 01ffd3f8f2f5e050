package org.nnlab.probe;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Param;
import org.nnlab.nn.Sequential;
import org.nnlab.plot.Bins;
import org.nnlab.train.StepInfo;
import org.nnlab.train.Callback;
import tech.tablesaw.api.Table;

/**
 * Watches a training run from inside: every {@code interval} steps (and at step 0) it records, per
 * layer, activation statistics of the training batch (mean, std, saturation, dead units), gradient
 * statistics (std and norm of the weight gradient, gradient:data ratio, std of the gradient reaching
 * the layer's output) and, after the optimizer step, the update:data ratio
 * {@code log10(std(W_after - W_before) / std(W_before))}. Optionally it also keeps histograms of
 * activations and weights.
 *
 * <p>Attach it as a callback: {@code trainer.callbacks(probe)}. Results are tidy Tablesaw tables, one row
 * per (step, layer, metric).
 */
public final class Probe implements Callback {
    private final int interval;
    private final boolean histograms;
    private final ReadingTable readings = new ReadingTable("probe");
    private final HistogramTable histogramTable;
    private final List<Param> weights = new ArrayList<>();
    private final List<String> weightLayers = new ArrayList<>();
    private final List<DMatrixRMaj> before = new ArrayList<>();

    private Probe(int interval, boolean histograms, Bins histogramBins) {
        Require.atLeast("Probe.every", "interval", interval, 1);
        this.interval = interval;
        this.histograms = histograms;
        this.histogramTable = new HistogramTable("probe histograms", histogramBins);
    }

    /** A probe sampling every {@code interval} steps ({@link Saturation#DEFAULT} thresholds), no histograms. */
    public static Probe every(int interval) {
        return new Probe(interval, false, null);
    }

    /**
     * The same probe, also keeping activation and weight histograms at each sample, each over its
     * own [min, max] ({@value Bins#DEFAULT_COUNT} bins).
     */
    public Probe withHistograms() {
        return new Probe(interval, true, null);
    }

    /**
     * The same probe, also keeping activation and weight histograms at each sample, all on the same
     * bins, so that layers and steps compare bar by bar (e.g. {@code Bins.of(-1, 1, 41)} for tanh).
     */
    public Probe withHistograms(Bins bins) {
        if (bins == null) {
            throw new IllegalArgumentException("withHistograms(bins) needs bins, e.g. Bins.of(-1, 1, 41); "
                    + "withHistograms() bins each matrix over its own range");
        }
        return new Probe(interval, true, bins);
    }

    private boolean sampled(StepInfo step) {
        return step.step() % interval == 0;
    }

    @Override
    public void beforeUpdate(StepInfo step) {
        if (!sampled(step)) {
            return;
        }
        Sequential network = step.network();
        readings.add(step.step(), step.epoch(), LayerReadings.activations(network, Saturation.DEFAULT));
        readings.add(step.step(), step.epoch(), LayerReadings.gradients(network));
        if (weights.isEmpty()) {
            for (Layer layer : network.layers()) {
                Param w = LayerReadings.weight(layer);
                if (w != null) {
                    weights.add(w);
                    weightLayers.add(layer.name());
                    before.add(new DMatrixRMaj(1, 1));
                }
            }
        }
        for (int i = 0; i < weights.size(); i++) {
            before.get(i).setTo(weights.get(i).value());
        }
        if (histograms) {
            List<Layer> layers = network.layers();
            for (int i = 0; i < layers.size(); i++) {
                histogramTable.add(step.step(), layers.get(i).name(), "activation", network.layerOutputs().get(i));
            }
            for (int i = 0; i < weights.size(); i++) {
                histogramTable.add(step.step(), weightLayers.get(i), "weight", weights.get(i).value());
            }
        }
    }

    @Override
    public void afterUpdate(StepInfo step) {
        if (!sampled(step)) {
            return;
        }
        for (int i = 0; i < weights.size(); i++) {
            double ratio = Stats.stdOfDifference(weights.get(i).value(), before.get(i)) / Stats.std(before.get(i));
            readings.add(step.step(), step.epoch(), weightLayers.get(i), Metric.UPDATE_DATA_LOG10, Math.log10(ratio));
        }
    }

    /** Tidy readings: step, epoch, layer, metric, value. */
    public Table table() {
        return readings.table();
    }

    /** The readings of one metric: step, epoch, layer, value. */
    public Table table(Metric metric) {
        Table all = readings.table();
        return all.where(all.stringColumn("metric").isEqualTo(metric.label())).removeColumns("metric")
                .setName("probe: " + metric.label());
    }

    /** Histograms (if enabled): step, layer, kind (activation or weight), bin, bin_center, fraction. */
    public Table histograms() {
        if (!histograms) {
            throw new IllegalStateException("this probe keeps no histograms; create it with Probe.every(n).withHistograms()");
        }
        return histogramTable.table();
    }
}
