package org.nnlab.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Batch;
import org.nnlab.probe.GradientCheck;
import org.nnlab.random.Rng;

class LossesTest {
    private static DMatrixRMaj random(int rows, int cols, double scale, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        Arrays.setAll(m.data, i -> scale * rng.nextGaussian());
        return m;
    }

    private static Batch labelled(int[] labels) {
        return new Batch(new DMatrixRMaj(labels.length, 1), labels, null);
    }

    private static double gradientError(Loss loss, DMatrixRMaj output, Batch batch) {
        loss.forward(output, batch);
        DMatrixRMaj analytic = loss.backward().copy();
        DMatrixRMaj numeric = GradientCheck.numericGradient(() -> loss.forward(output, batch), output, GradientCheck.STEP);
        return GradientCheck.relativeError(analytic, numeric);
    }

    @Test
    void gradientsMatchCenteredDifferences() {
        int[] labels = {0, 2, 1, 2, 0};
        Batch byLabel = labelled(labels);
        assertTrue(gradientError(Losses.softmaxCrossEntropy(), random(5, 3, 2, 1), byLabel) < 1e-7);
        assertTrue(gradientError(Losses.mse(), random(5, 3, 1, 2), byLabel) < 1e-7);
        Batch regression = new Batch(new DMatrixRMaj(5, 1), null, random(5, 2, 1, 3));
        assertTrue(gradientError(Losses.mse(), random(5, 2, 1, 4), regression) < 1e-7);
        DMatrixRMaj zeroOne = new DMatrixRMaj(5, 2);
        Arrays.setAll(zeroOne.data, i -> i % 3 == 0 ? 1 : 0);
        assertTrue(gradientError(Losses.binaryCrossEntropy(), random(5, 2, 2, 5), new Batch(new DMatrixRMaj(5, 1), null, zeroOne)) < 1e-7);
        assertTrue(gradientError(Losses.binaryCrossEntropy(), random(4, 1, 2, 6), labelled(new int[] {0, 1, 1, 0})) < 1e-7);
    }

    @Test
    void uniformLogitsGiveLnC() {
        Loss ce = Losses.softmaxCrossEntropy();
        assertEquals(Math.log(10), ce.forward(new DMatrixRMaj(4, 10), labelled(new int[] {0, 3, 9, 5})), 1e-12);
    }

    @Test
    void mseUsesTheHalfFactorAndTheBatchMean() {
        DMatrixRMaj out = new DMatrixRMaj(new double[][] {{1, 2}, {0, 0}});
        DMatrixRMaj t = new DMatrixRMaj(new double[][] {{0, 0}, {0, 3}});
        Loss mse = Losses.mse();
        // example 1: (1 + 4) / 2 = 2.5, example 2: 9 / 2 = 4.5, mean 3.5
        assertEquals(3.5, mse.forward(out, new Batch(out, null, t)), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 0, -1.5}, mse.backward().data, 1e-12);
    }

    @Test
    void largeLogitsStayFiniteAndAccurate() {
        Loss ce = Losses.softmaxCrossEntropy();
        DMatrixRMaj logits = new DMatrixRMaj(new double[][] {{500, -500, 0}, {-500, 500, 0}});
        assertEquals(0, ce.forward(logits, labelled(new int[] {0, 1})), 1e-12);
        assertEquals(1000, ce.forward(logits, labelled(new int[] {1, 0})), 1e-9);
        Loss bce = Losses.binaryCrossEntropy();
        DMatrixRMaj z = new DMatrixRMaj(new double[][] {{500}, {-500}});
        assertEquals(0, bce.forward(z, labelled(new int[] {1, 0})), 1e-12);
        assertEquals(500, bce.forward(z, labelled(new int[] {0, 1})), 1e-9);
        assertTrue(Arrays.stream(bce.backward().data).allMatch(Double::isFinite));
        assertEquals(Math.log(2), bce.forward(new DMatrixRMaj(3, 1), labelled(new int[] {0, 1, 1})), 1e-12);
    }

    @Test
    void labelsOutOfRangeNameTheFirstBadIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(4, 3), labelled(new int[] {0, 2, 3, -1})));
        assertTrue(e.getMessage().contains("index 2") && e.getMessage().contains("is 3"), e.getMessage());
    }

    @Test
    void shapeMismatchesNameTheLossAndBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Losses.mse().forward(new DMatrixRMaj(4, 3), new Batch(new DMatrixRMaj(4, 1), null, new DMatrixRMaj(4, 2))));
        assertTrue(e.getMessage().contains("mse") && e.getMessage().contains("4x3") && e.getMessage().contains("4x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(3, 3), labelled(new int[] {0, 1})));
    }

    @Test
    void accuracyUsesArgmaxOrTheSignOfASingleLogit() {
        DMatrixRMaj out = new DMatrixRMaj(new double[][] {{0.1, 0.7, 0.2}, {3, 1, 2}, {0, 0, 1}});
        assertArrayEquals(new int[] {1, 0, 2}, Metrics.predictions(out));
        assertEquals(2.0 / 3, Metrics.accuracy(out, new int[] {1, 0, 0}), 1e-12);
        assertEquals(0.5, Metrics.accuracy(new DMatrixRMaj(new double[][] {{2}, {-1}}), new int[] {1, 1}), 1e-12);
    }
}
