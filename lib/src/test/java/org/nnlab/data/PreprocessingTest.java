package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.random.Rng;

class PreprocessingTest {
    /** n examples of 3 features with means 5, -2, 0 and stds 2, 0.5, 0 (constant), labels cycling over 4 classes. */
    static Dataset data(int n, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 3);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x.set(i, 0, 5 + 2 * rng.nextGaussian());
            x.set(i, 1, -2 + 0.5 * rng.nextGaussian());
            x.set(i, 2, 7);
            labels[i] = i % 4;
        }
        return Dataset.classification("toy", x, labels, 4);
    }

    private static double[] columnMean(DMatrixRMaj x) {
        double[] mean = new double[x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                mean[j] += x.get(i, j) / x.numRows;
            }
        }
        return mean;
    }

    private static double[] columnStd(DMatrixRMaj x) {
        double[] mean = columnMean(x);
        double[] var = new double[x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                var[j] += Math.pow(x.get(i, j) - mean[j], 2) / x.numRows;
            }
        }
        return Arrays.stream(var).map(Math::sqrt).toArray();
    }

    @Test
    void perFeatureStandardizationIsFittedOnTrainingDataOnly() {
        Dataset train = data(4000, 1);
        Dataset test = data(1000, 2);
        Standardizer s = Standardizer.perFeature(train);
        Dataset trainScaled = s.apply(train);
        assertArrayEquals(new double[] {0, 0, 0}, columnMean(trainScaled.x()), 1e-12);
        assertArrayEquals(new double[] {1, 1, 0}, columnStd(trainScaled.x()), 1e-12, "a constant feature stays constant");
        assertEquals(5, s.mean()[0], 0.1);
        assertEquals(2, s.scale()[0], 0.1);
        Dataset testScaled = s.apply(test);
        for (int i = 0; i < 10; i++) {
            assertEquals((test.x().get(i, 0) - s.mean()[0]) / s.scale()[0], testScaled.x().get(i, 0), 1e-12);
        }
        assertEquals(7, train.x().get(0, 2), "the original is untouched");
        assertArrayEquals(train.labels(), trainScaled.labels());
    }

    @Test
    void aFloorUnderTheScaleKeepsNearlyConstantFeaturesFromBlowingUp() {
        DMatrixRMaj x = new DMatrixRMaj(100, 2);
        for (int i = 0; i < 100; i++) {
            x.set(i, 0, i % 2);                 // std 0.5
            x.set(i, 1, i == 0 ? 0.01 : 0);     // nearly constant: std about 0.001
        }
        Dataset train = Dataset.classification("nearly constant", x, new int[100], 2);
        Dataset unseen = Dataset.classification("unseen", new DMatrixRMaj(new double[][] {{1, 0.5}}), new int[1], 2);
        assertTrue(Standardizer.perFeature(train).apply(unseen).x().get(0, 1) > 400, "without a floor: hundreds of standard deviations");
        Standardizer floored = Standardizer.perFeature(train, 0.1);
        assertArrayEquals(new double[] {0.5, 0.1}, floored.scale(), 1e-12);
        assertEquals((0.5 - 0.0001) / 0.1, floored.apply(unseen).x().get(0, 1), 1e-12);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Standardizer.perFeature(train, bad)).getMessage().contains("minScale"));
        }
    }

    @Test
    void globalMeanOnlyAndMinMax() {
        Dataset train = data(500, 3);
        Standardizer global = Standardizer.global(train);
        assertEquals(1, Arrays.stream(global.mean()).distinct().count());
        DMatrixRMaj centered = Standardizer.meanOnly(train).apply(train).x();
        assertArrayEquals(new double[] {0, 0, 0}, columnMean(centered), 1e-12);
        assertArrayEquals(columnStd(train.x()), columnStd(centered), 1e-12, "mean subtraction keeps the spread");
        DMatrixRMaj unit = Standardizer.minMax(train).apply(train).x();
        assertEquals(0, Arrays.stream(unit.data).min().orElseThrow(), 1e-12);
        assertEquals(1, Arrays.stream(unit.data).max().orElseThrow(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> global.apply(Dataset.classification("w", new DMatrixRMaj(2, 5), new int[2], 2)));
    }

    @Test
    void oneHot() {
        DMatrixRMaj hot = data(5, 4).oneHot();
        assertArrayEquals(new double[] {1, 0, 0, 0}, Arrays.copyOfRange(hot.data, 0, 4));
        assertArrayEquals(new double[] {0, 0, 0, 1}, Arrays.copyOfRange(hot.data, 12, 16));
    }

    @Test
    void stratifiedSplitKeepsClassProportionsAndLosesNothing() {
        Dataset all = data(1000, 5);
        Splits.Split split = Splits.stratified(all, 0.2, 9);
        assertEquals(800, split.train().size());
        assertEquals(200, split.validation().size());
        int[] counts = new int[4];
        for (int label : split.validation().labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {50, 50, 50, 50}, counts);
        Set<Double> seen = new HashSet<>();
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            for (int i = 0; i < part.size(); i++) {
                seen.add(part.x().get(i, 0));
            }
        }
        assertEquals(1000, seen.size(), "every example lands in exactly one part");
        assertArrayEquals(split.train().x().data, Splits.stratified(all, 0.2, 9).train().x().data, "same seed, same split");
    }

    @Test
    void perClassSubsetsAndSamples() {
        Dataset all = data(400, 6);
        Dataset subset = Splits.perClass(all, 7, 1);
        assertEquals(28, subset.size());
        int[] counts = new int[4];
        for (int label : subset.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] {7, 7, 7, 7}, counts);
        assertThrows(IllegalArgumentException.class, () -> Splits.perClass(all, 101, 1));
        assertEquals(50, Splits.sample(all, 50, 2).size());
    }

    @Test
    void batchesCoverEveryExampleOncePerEpochAndDependOnlyOnSeedAndEpoch() {
        Dataset all = data(103, 7);
        Batches batches = Batches.shuffled(all, 10, Rng.of(3));
        assertEquals(11, batches.batchesPerEpoch());
        Set<Double> seen = new HashSet<>();
        int count = 0;
        for (Batch b : batches.epoch(4)) {
            count += b.size();
            for (int i = 0; i < b.size(); i++) {
                seen.add(b.x().get(i, 0));
            }
        }
        assertEquals(103, count);
        assertEquals(103, seen.size());
        double first = batches.epoch(4).iterator().next().x().get(0, 0);
        assertEquals(first, Batches.shuffled(all, 10, Rng.of(3)).epoch(4).iterator().next().x().get(0, 0));
        assertTrue(first != batches.epoch(5).iterator().next().x().get(0, 0));
        assertEquals(all.x().get(0, 0), Batches.inOrder(all, 10).epoch(0).iterator().next().x().get(0, 0));
    }
}
