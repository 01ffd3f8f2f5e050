package org.nnlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.nn.LayerTesting.SMOOTH;
import static org.nnlab.nn.LayerTesting.assertGradientsMatch;
import static org.nnlab.nn.LayerTesting.gaussian;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BatchNormTest {
    /** A batch norm with random gamma and beta, so that gradient checks see them. */
    private static BatchNorm withRandomAffine(int features) {
        BatchNorm bn = new BatchNorm(features);
        LayerTesting.randomize(bn.gamma().value(), 1, 21);
        LayerTesting.randomize(bn.beta().value(), 1, 22);
        return bn;
    }

    private static DMatrixRMaj shifted(DMatrixRMaj x, double scale, double shift) {
        DMatrixRMaj y = x.copy();
        for (int i = 0; i < y.getNumElements(); i++) {
            y.data[i] = scale * y.data[i] + shift;
        }
        return y;
    }

    @Test
    void gradientsMatchNumericalOnesInTrainMode() {
        assertGradientsMatch("batch_norm (TRAIN)", withRandomAffine(4), shifted(gaussian(8, 4, 1), 2, 3), Mode.TRAIN,
                SMOOTH);
    }

    @Test
    void gradientsMatchNumericalOnesInEvalMode() {
        BatchNorm bn = withRandomAffine(4);
        for (int k = 0; k < 5; k++) {
            bn.forward(shifted(gaussian(8, 4, 10 + k), 2, 3), Mode.TRAIN);
        }
        assertGradientsMatch("batch_norm (EVAL)", bn, gaussian(6, 4, 2), Mode.EVAL, SMOOTH);
    }

    @Test
    void trainOutputHasBetaMeanAndGammaScalePerFeature() {
        BatchNorm bn = new BatchNorm(2);
        bn.gamma().value().setTo(new DMatrixRMaj(1, 2, true, 2, 0.5));
        bn.beta().value().setTo(new DMatrixRMaj(1, 2, true, -1, 4));
        DMatrixRMaj y = bn.forward(shifted(gaussian(50, 2, 3), 5, 7), Mode.TRAIN);
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (int i = 0; i < 50; i++) {
                mean += y.get(i, j) / 50;
            }
            double variance = 0;
            for (int i = 0; i < 50; i++) {
                variance += Math.pow(y.get(i, j) - mean, 2) / 50;
            }
            assertEquals(bn.beta().value().get(0, j), mean, 1e-12);
            double gamma = bn.gamma().value().get(0, j);
            assertEquals(gamma * gamma, variance, 1e-5 * gamma * gamma);
        }
    }

    @Test
    void runningStatisticsFollowTheDocumentedUpdate() {
        double momentum = 0.8;
        BatchNorm bn = new BatchNorm(3, momentum, 1e-5);
        double[] runMean = {0, 0, 0};
        double[] runVar = {1, 1, 1};
        for (int k = 0; k < 4; k++) {
            DMatrixRMaj x = shifted(gaussian(5, 3, 30 + k), 1 + k, k);
            bn.forward(x, Mode.TRAIN);
            for (int j = 0; j < 3; j++) {
                double mean = 0;
                for (int i = 0; i < 5; i++) {
                    mean += x.get(i, j) / 5;
                }
                double unbiased = 0;
                for (int i = 0; i < 5; i++) {
                    unbiased += Math.pow(x.get(i, j) - mean, 2) / (5 - 1);
                }
                runMean[j] = momentum * runMean[j] + (1 - momentum) * mean;
                runVar[j] = momentum * runVar[j] + (1 - momentum) * unbiased;
            }
        }
        assertArrayEquals(runMean, bn.runningMean().data, 1e-12);
        assertArrayEquals(runVar, bn.runningVariance().data, 1e-12);
    }

    @Test
    void evalIsTheAffineMapOfTheRunningStatisticsAndChangesNothing() {
        BatchNorm bn = withRandomAffine(3);
        for (int k = 0; k < 3; k++) {
            bn.forward(shifted(gaussian(6, 3, 40 + k), 3, -2), Mode.TRAIN);
        }
        double[] meanBefore = bn.runningMean().data.clone();
        double[] varBefore = bn.runningVariance().data.clone();
        DMatrixRMaj x = gaussian(4, 3, 50);
        DMatrixRMaj y = bn.forward(x, Mode.EVAL);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                double expected = bn.gamma().value().get(0, j)
                        * (x.get(i, j) - meanBefore[j]) / Math.sqrt(varBefore[j] + bn.eps()) + bn.beta().value().get(0, j);
                assertEquals(expected, y.get(i, j), 1e-12);
            }
        }
        assertArrayEquals(meanBefore, bn.runningMean().data);
        assertArrayEquals(varBefore, bn.runningVariance().data);
    }

    @Test
    void trainAndEvalDifferUntilTheRunningStatisticsMatchTheBatch() {
        BatchNorm bn = new BatchNorm(2);
        DMatrixRMaj x = shifted(gaussian(10, 2, 60), 4, 10);
        double[] train = bn.forward(x, Mode.TRAIN).data.clone();
        double[] eval = bn.forward(x, Mode.EVAL).data.clone();
        assertTrue(Math.abs(train[0] - eval[0]) > 1, "fresh running statistics (0, 1) are far from the batch's");
        for (int k = 0; k < 300; k++) {
            bn.forward(x, Mode.TRAIN);
        }
        // the running variance converges to the unbiased variance, the batch one is biased: n/(n-1) apart
        DMatrixRMaj converged = bn.forward(x, Mode.EVAL);
        for (int i = 0; i < train.length; i++) {
            assertEquals(train[i] * Math.sqrt((10 - 1) / 10.0), converged.data[i], 1e-4);
        }
    }

    @Test
    void initializeResetsParametersAndRunningStatistics() {
        BatchNorm bn = withRandomAffine(2);
        bn.forward(gaussian(4, 2, 70), Mode.TRAIN);
        bn.initialize(1);
        assertArrayEquals(new double[] {1, 1}, bn.gamma().value().data);
        assertArrayEquals(new double[] {0, 0}, bn.beta().value().data);
        assertArrayEquals(new double[] {0, 0}, bn.runningMean().data);
        assertArrayEquals(new double[] {1, 1}, bn.runningVariance().data);
    }

    @Test
    void exposesParametersAndState() {
        BatchNorm bn = new BatchNorm(5);
        assertEquals(List.of("gamma", "beta"), bn.params().stream().map(Param::name).toList());
        assertEquals(List.of("running_mean", "running_var"), bn.state().stream().map(Param::name).toList());
        assertEquals(10, bn.parameterCount());
    }

    @Test
    void trainNeedsTwoRows() {
        BatchNorm bn = new BatchNorm(3);
        assertEquals("batch_norm: a TRAIN batch must be at least 2 rows (a variance needs two), got 1x3;"
                + " use Mode.EVAL for single examples, or a batch size that leaves no batch of one row", assertThrows(IllegalArgumentException.class,
                        () -> bn.forward(new DMatrixRMaj(1, 3), Mode.TRAIN)).getMessage());
        bn.forward(new DMatrixRMaj(1, 3), Mode.EVAL);
    }

    @Test
    void invalidHyperparametersFailNamingParameterAndValue() {
        assertEquals("batch_norm: momentum must be in (0, 1), got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm(3, 1, 1e-5)).getMessage());
        assertEquals("batch_norm: momentum must be in (0, 1), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm(3, 0, 1e-5)).getMessage());
        assertEquals("batch_norm: momentum must be in (0, 1), got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm(3, -0.1, 1e-5)).getMessage());
        assertEquals("batch_norm: eps must be a finite number > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm(3, 0.9, 0)).getMessage());
        assertEquals("batch_norm: features must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new BatchNorm(0)).getMessage());
    }

    @Test
    void checksItsWidth() {
        BatchNorm bn = new BatchNorm(4);
        bn.setName("batch_norm_1");
        assertEquals("batch_norm_1: the input must be a batch with 4 columns, got 8x5", assertThrows(
                IllegalArgumentException.class, () -> bn.forward(new DMatrixRMaj(8, 5), Mode.TRAIN)).getMessage());
    }
}
