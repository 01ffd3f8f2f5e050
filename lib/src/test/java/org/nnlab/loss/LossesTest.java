package org.nnlab.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nnlab.data.Batch;
import org.nnlab.probe.GradientCheck;
import org.nnlab.random.Rng;

class LossesTest {
    private static final double SMOOTH = 1e-7;

    private static DMatrixRMaj random(int rows, int cols, double scale, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        Arrays.setAll(m.data, i -> scale * rng.nextGaussian());
        return m;
    }

    /** Random targets in [0, 1]; {@code hard} rounds them to 0/1. */
    private static DMatrixRMaj probabilities(int rows, int cols, boolean hard, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        Arrays.setAll(m.data, i -> hard ? Math.round(rng.nextDouble()) : rng.nextDouble());
        return m;
    }

    private static Batch labelled(int... labels) {
        return new Batch(new DMatrixRMaj(labels.length, 1), labels, null);
    }

    private static Batch targeted(DMatrixRMaj targets) {
        return new Batch(new DMatrixRMaj(targets.numRows, 1), null, targets);
    }

    private static double gradientError(Loss loss, DMatrixRMaj output, Batch batch) {
        loss.forward(output, batch);
        DMatrixRMaj analytic = loss.backward().copy();
        DMatrixRMaj numeric = GradientCheck.numericGradient(() -> loss.forward(output, batch), output, GradientCheck.STEP);
        return GradientCheck.relativeError(analytic, numeric);
    }

    private static void assertGradientMatches(Loss loss, DMatrixRMaj output, Batch batch) {
        double error = gradientError(loss, output, batch);
        assertTrue(error < SMOOTH, loss.name() + ": relative error " + error);
    }

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void softmaxCrossEntropyGradientMatchesCenteredDifferences() {
        assertGradientMatches(Losses.softmaxCrossEntropy(), random(5, 3, 2, 1), labelled(0, 2, 1, 2, 0));
        assertGradientMatches(Losses.softmaxCrossEntropy(), random(4, 6, 300, 2), labelled(5, 0, 3, 1));
    }

    @Test
    void mseGradientMatchesCenteredDifferences() {
        assertGradientMatches(Losses.mse(), random(5, 2, 1, 3), targeted(random(5, 2, 1, 4)));
        assertGradientMatches(Losses.mse(), random(5, 3, 1, 5), labelled(0, 2, 1, 2, 0));
    }

    @Test
    void binaryCrossEntropyGradientMatchesCenteredDifferences() {
        Loss bce = Losses.binaryCrossEntropy();
        assertGradientMatches(bce, random(5, 2, 2, 6), targeted(probabilities(5, 2, true, 7)));
        assertGradientMatches(bce, random(5, 2, 2, 8), targeted(probabilities(5, 2, false, 9)));
        assertGradientMatches(bce, random(4, 1, 2, 10), labelled(0, 1, 1, 0));
        assertGradientMatches(bce, random(4, 3, 300, 11), targeted(probabilities(4, 3, true, 12)));
    }

    @Test
    void uniformLogitsGiveLnC() {
        Loss ce = Losses.softmaxCrossEntropy();
        assertEquals(Math.log(10), ce.forward(new DMatrixRMaj(4, 10), labelled(0, 3, 9, 5)), 1e-12);
        // gradient: (1/C - onehot) / n
        assertEquals(0.1 / 4, ce.backward().get(0, 1), 1e-15);
        assertEquals((0.1 - 1) / 4, ce.backward().get(0, 0), 1e-15);
    }

    @Test
    void softmaxCrossEntropyByHand() {
        DMatrixRMaj logits = new DMatrixRMaj(new double[][] {{1, 2, 3}});
        double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
        assertEquals(lse - 1, Losses.softmaxCrossEntropy().forward(logits, labelled(0)), 1e-12);
    }

    @Test
    void mseUsesTheHalfFactorAndTheBatchMean() {
        DMatrixRMaj out = new DMatrixRMaj(new double[][] {{1, 2}, {0, 0}});
        DMatrixRMaj t = new DMatrixRMaj(new double[][] {{0, 0}, {0, 3}});
        Loss mse = Losses.mse();
        // example 1: (1 + 4) / 2 = 2.5, example 2: 9 / 2 = 4.5, mean 3.5
        assertEquals(3.5, mse.forward(out, targeted(t)), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 0, -1.5}, mse.backward().data, 1e-12);
    }

    @Test
    void mseOnLabelsComparesWithOneHotRows() {
        DMatrixRMaj out = new DMatrixRMaj(new double[][] {{0.2, 0.8}, {0.6, 0.4}});
        // differences from one-hot: (0.2, -0.2) and (-0.4, 0.4): (0.08 / 2 + 0.32 / 2) / 2
        assertEquals(0.1, Losses.mse().forward(out, labelled(1, 0)), 1e-12);
        DMatrixRMaj single = new DMatrixRMaj(new double[][] {{0.5}, {0.5}});
        assertEquals(0.125, Losses.mse().forward(single, labelled(1, 0)), 1e-12);
    }

    @Test
    void binaryCrossEntropyAgreesWithTheTextbookFormula() {
        DMatrixRMaj z = random(6, 2, 3, 13);
        DMatrixRMaj t = probabilities(6, 2, false, 14);
        double expected = 0;
        for (int i = 0; i < z.getNumElements(); i++) {
            double s = 1 / (1 + Math.exp(-z.data[i]));
            expected += -t.data[i] * Math.log(s) - (1 - t.data[i]) * Math.log(1 - s);
        }
        assertEquals(expected / 6, Losses.binaryCrossEntropy().forward(z, targeted(t)), 1e-12);
        assertEquals(Math.log(2), Losses.binaryCrossEntropy().forward(new DMatrixRMaj(3, 1), labelled(0, 1, 1)), 1e-12);
    }

    @Test
    void largeLogitsStayFiniteAndAccurate() {
        Loss ce = Losses.softmaxCrossEntropy();
        DMatrixRMaj logits = new DMatrixRMaj(new double[][] {{500, -500, 0}, {-500, 500, 0}});
        assertEquals(0, ce.forward(logits, labelled(0, 1)), 1e-12);
        assertEquals(750, ce.forward(logits, labelled(2, 0)), 1e-9); // (500 + 1000) / 2
        assertArrayEquals(new double[] {0.5, 0, -0.5, -0.5, 0.5, 0}, ce.backward().data, 1e-15);

        Loss bce = Losses.binaryCrossEntropy();
        DMatrixRMaj z = new DMatrixRMaj(new double[][] {{500}, {-500}});
        assertEquals(0, bce.forward(z, labelled(1, 0)), 1e-12);
        assertArrayEquals(new double[] {0, 0}, bce.backward().data, 1e-15);
        assertEquals(500, bce.forward(z, labelled(0, 1)), 1e-9);
        assertArrayEquals(new double[] {0.5, -0.5}, bce.backward().data, 1e-15);
    }

    @Test
    void labelsOutOfRangeNameTheFirstBadIndexAndValue() {
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(4, 3), labelled(0, 2, 3, -1)),
                "softmax_cross_entropy", "index 2", "got 3", "[0, 2]");
        assertRejected(() -> Losses.binaryCrossEntropy().forward(new DMatrixRMaj(3, 1), labelled(1, -1, 2)),
                "binary_cross_entropy", "index 1", "got -1", "[0, 1]");
        assertRejected(() -> Losses.mse().forward(new DMatrixRMaj(2, 4), labelled(0, 4)), "mse", "index 1", "got 4");
    }

    @Test
    void binaryTargetsOutsideZeroOneAreRejected() {
        DMatrixRMaj t = new DMatrixRMaj(new double[][] {{0, 1}, {0.5, 1.5}});
        assertRejected(() -> Losses.binaryCrossEntropy().forward(new DMatrixRMaj(2, 2), targeted(t)),
                "binary_cross_entropy", "index 3", "row 1, column 1", "1.5");
    }

    @Test
    void shapeMismatchesNameTheLossAndBothShapes() {
        assertRejected(() -> Losses.mse().forward(new DMatrixRMaj(4, 3), targeted(new DMatrixRMaj(4, 2))), "mse", "4x3", "4x2");
        assertRejected(() -> Losses.binaryCrossEntropy().forward(new DMatrixRMaj(4, 1), targeted(new DMatrixRMaj(3, 1))),
                "binary_cross_entropy", "4x1", "3x1");
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(3, 3), labelled(0, 1)),
                "softmax_cross_entropy", "3x3", "got 2");
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(2, 1), labelled(0, 1)),
                "softmax_cross_entropy", "output columns must be >= 2", "got 1");
        assertRejected(() -> Losses.mse().forward(new DMatrixRMaj(0, 3), labelled()), "mse", "0x3");
    }

    @Test
    void missingLabelsOrTargetsAreNamed() {
        Batch none = new Batch(new DMatrixRMaj(2, 1), null, null);
        assertRejected(() -> Losses.mse().forward(new DMatrixRMaj(2, 2), none), "mse", "targets or labels", "neither");
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(2, 2), none),
                "softmax_cross_entropy", "targets or labels", "neither");
    }

    /** Rows of random positive numbers scaled to sum to 1. */
    private static DMatrixRMaj distributions(int rows, int cols, long seed) {
        DMatrixRMaj t = probabilities(rows, cols, false, seed);
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += t.get(i, j);
            }
            for (int j = 0; j < cols; j++) {
                t.set(i, j, t.get(i, j) / sum);
            }
        }
        return t;
    }

    @Test
    void softTargetsGradientMatchesCenteredDifferences() {
        assertGradientMatches(Losses.softmaxCrossEntropy(), random(5, 4, 2, 13), targeted(distributions(5, 4, 14)));
        assertGradientMatches(Losses.softmaxCrossEntropy(), random(3, 6, 300, 15), targeted(distributions(3, 6, 16)));
    }

    @Test
    void softTargetsGiveMinusSumTLogSoftmaxAndOneHotRowsEqualLabels() {
        DMatrixRMaj logits = random(4, 3, 1.5, 17);
        DMatrixRMaj t = distributions(4, 3, 18);
        double byHand = 0;
        for (int i = 0; i < 4; i++) {
            double lse = Math.log(Math.exp(logits.get(i, 0)) + Math.exp(logits.get(i, 1)) + Math.exp(logits.get(i, 2)));
            for (int j = 0; j < 3; j++) {
                byHand -= t.get(i, j) * (logits.get(i, j) - lse) / 4;
            }
        }
        assertEquals(byHand, Losses.softmaxCrossEntropy().forward(logits, targeted(t)), 1e-12);
        Loss fromLabels = Losses.softmaxCrossEntropy(), fromOneHot = Losses.softmaxCrossEntropy();
        DMatrixRMaj oneHot = new DMatrixRMaj(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}});
        assertEquals(fromLabels.forward(logits, labelled(1, 0, 2, 1)), fromOneHot.forward(logits, targeted(oneHot)), 1e-14);
        assertArrayEquals(fromLabels.backward().data, fromOneHot.backward().data, 1e-15);
    }

    @Test
    void softTargetsAreMinimalWherePredictionsEqualThemAtTheirEntropy() {
        DMatrixRMaj t = new DMatrixRMaj(new double[][] {{0.7, 0.2, 0.1}});
        DMatrixRMaj logits = new DMatrixRMaj(new double[][] {{Math.log(0.7), Math.log(0.2), Math.log(0.1)}});
        Loss ce = Losses.softmaxCrossEntropy();
        double entropy = -(0.7 * Math.log(0.7) + 0.2 * Math.log(0.2) + 0.1 * Math.log(0.1));
        assertEquals(entropy, ce.forward(logits, targeted(t)), 1e-12);
        assertArrayEquals(new double[3], ce.backward().data, 1e-15);
    }

    @Test
    void softTargetsThatAreNotDistributionsAreRejected() {
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(2, 2), targeted(new DMatrixRMaj(2, 2))),
                "softmax_cross_entropy", "sum of target row 0", "1 (a probability distribution)", "got 0", "normalize");
        DMatrixRMaj negative = new DMatrixRMaj(new double[][] {{0.5, 0.5}, {1.5, -0.5}});
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(2, 2), targeted(negative)),
                "softmax_cross_entropy", "row 1, column 0", "[0, 1]", "1.5");
        assertRejected(() -> Losses.softmaxCrossEntropy().forward(new DMatrixRMaj(2, 3), targeted(distributions(2, 2, 19))),
                "softmax_cross_entropy", "2x3", "2x2");
    }
}
