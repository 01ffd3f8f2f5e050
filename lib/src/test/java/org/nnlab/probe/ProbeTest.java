package org.nnlab.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Batch;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.loss.Losses;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import org.nnlab.plot.Bins;
import org.nnlab.random.Rng;
import org.nnlab.train.Trainer;
import tech.tablesaw.api.Table;

class ProbeTest {
    private static Dataset data(int n) {
        Rng rng = Rng.of(4);
        DMatrixRMaj x = new DMatrixRMaj(n, 16);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
            for (int j = 0; j < 16; j++) {
                x.set(i, j, rng.nextGaussian() + (j % 4 == labels[i] ? 1.5 : 0));
            }
        }
        return Dataset.classification("probe data", x, labels, 4);
    }

    @Test
    void samplesEveryIntervalWithAllMetricsAndHistograms() {
        Sequential net = Sequential.builder(16).dense(32, Init.he()).relu().dense(32, Init.xavier()).tanh().dense(4, Init.xavier()).build();
        Probe probe = Probe.every(5).withHistograms();
        Trainer.of(net).learningRate(1e-3).epochs(2).batchSize(20).seed(1).progress(false).callbacks(probe).fit(data(200));
        // 10 steps per epoch, 20 steps, sampled at 0, 5, 10, 15
        Table dead = probe.table(Metric.DEAD_FRACTION);
        assertEquals(4, dead.rowCount());
        assertEquals(4, probe.table(Metric.SATURATED_FRACTION).rowCount(), "one tanh layer");
        assertEquals(12, probe.table(Metric.GRADIENT_NORM).rowCount(), "three dense layers");
        double[] updates = probe.table(Metric.UPDATE_DATA_LOG10).numberColumn("value").asDoubleArray();
        assertEquals(12, updates.length);
        assertTrue(Arrays.stream(updates).allMatch(u -> u < -1 && u > -6), Arrays.toString(updates));
        Table histograms = probe.histograms();
        Table oneHistogram = histograms.where(histograms.longColumn("step").isEqualTo(5)
                .and(histograms.stringColumn("layer").isEqualTo("relu_1")));
        assertEquals(1.0, oneHistogram.doubleColumn("fraction").sum(), 1e-12);
        assertThrows(IllegalStateException.class, () -> Probe.every(3).histograms());
        assertThrows(IllegalArgumentException.class, () -> Probe.every(0));
    }

    @Test
    void sharedBinsGiveEveryLayerAndStepTheSameBinCentres() {
        Sequential net = Sequential.builder(16).dense(32, Init.he()).tanh().dense(32, Init.xavier()).tanh().dense(4, Init.xavier()).build();
        Probe probe = Probe.every(5).withHistograms(Bins.of(-1, 1, 41));
        Trainer.of(net).learningRate(1e-3).epochs(1).batchSize(20).seed(1).progress(false).callbacks(probe).fit(data(200));
        Table histograms = probe.histograms();
        Table tanh = histograms.where(histograms.stringColumn("layer").isEqualTo("tanh_2"));
        Table weights = histograms.where(histograms.stringColumn("kind").isEqualTo("weight").and(histograms.longColumn("step").isEqualTo(0)));
        assertEquals(3 * 41, weights.rowCount(), "the weights of the three dense layers, on the same bins");
        Table dense = histograms.where(histograms.stringColumn("layer").isEqualTo("dense_1")
                .and(histograms.longColumn("step").isEqualTo(5)).and(histograms.stringColumn("kind").isEqualTo("activation")));
        assertEquals(41 * 2, tanh.rowCount(), "steps 0 and 5");
        assertArrayEquals(Bins.of(-1, 1, 41).centers(), dense.doubleColumn("bin_center").asDoubleArray(), 1e-15);
        assertEquals(0.0, dense.doubleColumn("bin_center").get(20), 1e-15, "41 bins: one centred on 0");
        assertEquals(1.0, dense.doubleColumn("fraction").sum(), 1e-12, "values beyond +-1 count in the edge bins");
        assertThrows(IllegalArgumentException.class, () -> Probe.every(5).withHistograms(null));
    }

    @Test
    void analysisHistogramsOnSharedBins() {
        Sequential net = Sequential.builder(16).dense(32, Init.normal(1)).tanh().dense(32, Init.normal(0.01)).tanh().dense(4, Init.xavier()).build();
        net.initialize(3);
        Dataset data = data(50);
        NetworkAnalysis analysis = NetworkAnalysis.of(net, new Batch(data.x(), data.labels(), null),
                Losses.softmaxCrossEntropy(), Mode.EVAL);
        Table shared = analysis.histograms(Bins.of(-1, 1, 41));
        assertEquals(5 * 41, shared.rowCount());
        Table ownRange = analysis.histograms();
        Table tanh2 = ownRange.where(ownRange.stringColumn("layer").isEqualTo("tanh_2"));
        double[] centers = tanh2.doubleColumn("bin_center").asDoubleArray();
        assertTrue(centers[centers.length - 1] - centers[0] < 0.5, "tanh_2's own range is narrow: " + Arrays.toString(centers));
        double[] tanh2Output = Arrays.copyOf(analysis.output("tanh_2").data, 50 * 32);
        assertArrayEquals(Bins.of(-1, 1, 41).fractions(tanh2Output), shared.where(shared.stringColumn("layer").isEqualTo("tanh_2"))
                .doubleColumn("fraction").asDoubleArray(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> analysis.output("nope"));
    }

    @Test
    void aDeepSigmoidNetworkHasVanishingGradientsAtTheFirstLayer() {
        var builder = Sequential.builder(16);
        for (int i = 0; i < 8; i++) {
            builder.dense(32, Init.xavierNormal()).sigmoid();
        }
        Sequential net = builder.dense(4, Init.xavierNormal()).build();
        net.initialize(5);
        Dataset d = data(64);
        NetworkAnalysis analysis = NetworkAnalysis.of(net, new Batch(d.x(), d.labels(), null), Losses.softmaxCrossEntropy(), Mode.TRAIN);
        List<String> layers = analysis.layers(Metric.GRADIENT_NORM);
        double first = analysis.value(layers.get(0), Metric.GRADIENT_NORM);
        double last = analysis.value(layers.get(layers.size() - 1), Metric.GRADIENT_NORM);
        assertTrue(first < last / 100, "first " + first + " vs last " + last);
        assertEquals(analysis.values(Metric.ACTIVATION_STD).length, net.layers().size());
        assertTrue(analysis.loss() > 0);
    }
}
