package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.data.Batch;
import org.nnlab.loss.Loss;
import org.nnlab.loss.Losses;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizers;
import org.nnlab.optim.Regularizers;
import org.nnlab.random.Rng;

class TrainerTest {
    @TempDir
    Path dir;

    /** Three Gaussian blobs in 10 dimensions, 3 classes. */
    static Dataset blobs(int n, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 10);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int j = 0; j < 10; j++) {
                x.set(i, j, rng.nextGaussian() + (j == labels[i] ? 3 : 0));
            }
        }
        return Dataset.classification("blobs", x, labels, 3);
    }

    static Sequential network() {
        return Sequential.builder(10).dense(32, Init.he()).relu().dropout(0.2).batchNorm().dense(3, Init.xavier()).build();
    }

    /** Weights of size 1000: SGD at rate 1e6 blows it up within the first epoch. */
    static Sequential explodingNetwork() {
        return Sequential.builder(10).dense(32, Init.normal(1e3)).relu().dense(32, Init.normal(1e3)).relu()
                .dense(3, Init.normal(1e3)).build();
    }

    static Trainer trainer(Sequential net) {
        return Trainer.of(net).optimizer(Optimizers.adam()).learningRate(0.01).epochs(5).batchSize(16).seed(7)
                .regularizer(Regularizers.l2(1e-3)).progress(false);
    }

    @Test
    void learnsSeparableBlobsAndRecordsEveryColumn() {
        Dataset train = blobs(300, 1);
        Dataset val = blobs(150, 2);
        History h = trainer(network()).fit(train, val);
        assertEquals(5, h.size());
        assertTrue(h.last(History.VAL_ACCURACY) > 0.9, "accuracy " + h.last(History.VAL_ACCURACY));
        assertTrue(h.column(History.TRAIN_LOSS)[4] < h.column(History.TRAIN_LOSS)[0]);
        assertEquals(h.last(History.DATA_LOSS) + h.last(History.PENALTY), h.last(History.TRAIN_LOSS), 1e-12);
        assertTrue(h.last(History.PENALTY) > 0);
        assertEquals(5 * 19, h.steps().rowCount(), "ceil(300 / 16) = 19 steps per epoch");
        assertEquals(0.01, h.last(History.LR));
    }

    @Test
    void sgdAndAdamAreShortcutsForTheOptimizerAtAConstantRate() {
        Dataset train = blobs(120, 3);
        Sequential net = network();
        for (boolean adam : new boolean[] {false, true}) {
            Trainer spelledOut = Trainer.of(net.copy()).optimizer(adam ? Optimizers.adam() : Optimizers.sgd()).learningRate(0.05)
                    .epochs(2).progress(false);
            Trainer shortcut = Trainer.of(net.copy()).epochs(2).progress(false);
            shortcut = adam ? shortcut.adam(0.05) : shortcut.sgd(0.05);
            assertArrayEquals(spelledOut.fit(train).column(History.TRAIN_LOSS), shortcut.fit(train).column(History.TRAIN_LOSS));
        }
    }

    @Test
    void sameSeedGivesBitIdenticalHistoriesAndDifferentSeedsDiffer() {
        Dataset train = blobs(200, 3);
        Dataset val = blobs(60, 4);
        History a = trainer(network()).fit(train, val);
        History b = trainer(network()).fit(train, val);
        History c = trainer(network()).seed(8).fit(train, val);
        for (String column : a.deterministicColumns().columnNames()) {
            assertArrayEquals(a.table().numberColumn(column).asDoubleArray(), b.table().numberColumn(column).asDoubleArray(), column);
        }
        assertArrayEquals(a.steps().doubleColumn(History.LOSS).asDoubleArray(), b.steps().doubleColumn(History.LOSS).asDoubleArray());
        assertNotEquals(a.last(History.VAL_LOSS), c.last(History.VAL_LOSS));
    }

    @Test
    void unshuffledRunsVisitTheSameBatchesEveryEpoch() {
        List<int[]> firstLabels = new ArrayList<>();
        Callback recorder = new Callback() {
            @Override
            public void beforeUpdate(StepInfo step) {
                if (step.stepInEpoch() == 0) {
                    firstLabels.add(step.batch().labels().clone());
                }
            }
        };
        trainer(network()).shuffle(false).epochs(3).callbacks(recorder).fit(blobs(100, 5));
        assertArrayEquals(firstLabels.get(0), firstLabels.get(2));
        firstLabels.clear();
        trainer(network()).shuffle(true).epochs(3).callbacks(recorder).fit(blobs(100, 5));
        assertTrue(!java.util.Arrays.equals(firstLabels.get(0), firstLabels.get(1)));
    }

    @Test
    void aCallbackRunningItsOwnEvaluationPassesLeavesTheRunUnchanged() {
        Dataset train = blobs(200, 3);
        Dataset probe = blobs(37, 4);
        Sequential watched = network();
        Callback evaluator = new Callback() {
            @Override
            public void afterUpdate(StepInfo step) {
                watched.forward(probe.x(), org.nnlab.nn.Mode.EVAL);
            }
        };
        History plain = trainer(network()).fit(train);
        History withListener = trainer(watched).callbacks(evaluator).fit(train);
        for (String column : plain.deterministicColumns().columnNames()) {
            assertArrayEquals(plain.table().numberColumn(column).asDoubleArray(),
                    withListener.table().numberColumn(column).asDoubleArray(), column);
        }
    }

    @Test
    void divergenceNamesEpochStepAndLayer() {
        Sequential net = explodingNetwork();
        Trainer t = Trainer.of(net).optimizer(Optimizers.sgd()).learningRate(1e6).epochs(3).batchSize(16).seed(1).progress(false);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> t.fit(blobs(100, 6)));
        assertTrue(e.getMessage().contains("epoch " + e.epoch()) && e.getMessage().contains("step " + e.step()), e.getMessage());
        assertTrue(e.layer() != null && e.getMessage().contains(e.layer()), e.getMessage());
        double[] stepLosses = e.history().steps().doubleColumn(History.LOSS).asDoubleArray();
        assertEquals(e.step() + 1, stepLosses.length, "the history keeps every step up to the diverging one");
        assertTrue(java.util.Arrays.stream(stepLosses, 0, stepLosses.length - 1).allMatch(Double::isFinite));
        assertEquals(e.epoch() - 1, e.history().size(), "and every finished epoch");
    }

    @Test
    void aLossThatTakesTheLogOfZeroIsNamedWithTheEpsilonFix() {
        Loss logOfZero = new Loss() {   // -ln p with p = 0 from the third step on, as when a probability rounds to 0
            private int calls;
            private final DMatrixRMaj grad = new DMatrixRMaj(1, 1);

            @Override
            public String name() {
                return "log of zero";
            }

            @Override
            public double forward(DMatrixRMaj output, Batch batch) {
                grad.reshape(output.numRows, output.numCols);
                return -Math.log(calls++ < 2 ? 0.5 : 0.0);
            }

            @Override
            public DMatrixRMaj backward() {
                return grad;
            }
        };
        Trainer t = trainer(network()).loss(logOfZero);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> t.fit(blobs(100, 5)));
        assertEquals(TrainingDivergedException.Source.LOSS, e.source());
        assertEquals(2, e.step());
        assertTrue(e.getMessage().contains("in the loss log of zero") && e.getMessage().contains("epsilon"), e.getMessage());
    }

    @Test
    void callbacksSeeEveryMomentInOrderAndAFailedRunReportsItsReason() {
        List<String> seen = new ArrayList<>();
        Callback recorder = new Callback() {
            @Override
            public void onTrainBegin(TrainingControl run) {
                seen.add("begin");
            }

            @Override
            public void beforeUpdate(StepInfo step) {
                seen.add("before " + step.step());
            }

            @Override
            public void afterUpdate(StepInfo step) {
                seen.add("after " + step.step() + " of " + step.epochs() * step.stepsPerEpoch());
            }

            @Override
            public void onEpochEnd(EpochResult result, TrainingControl run) {
                seen.add("epoch " + result.epoch() + " recorded " + run.history().size());
            }

            @Override
            public void onTrainEnd(TrainingControl run) {
                seen.add("end");
            }

            @Override
            public void onTrainFailed(RuntimeException failure, TrainingControl run) {
                seen.add("failed: " + failure.getMessage());
            }
        };
        trainer(network()).epochs(2).batchSize(50).callbacks(recorder).fit(blobs(100, 5));
        assertEquals(List.of("begin", "before 0", "after 0 of 4", "before 1", "after 1 of 4", "epoch 1 recorded 1",
                "before 2", "after 2 of 4", "before 3", "after 3 of 4", "epoch 2 recorded 2", "end"), seen);

        seen.clear();
        Trainer exploding = Trainer.of(explodingNetwork()).optimizer(Optimizers.sgd()).learningRate(1e6).epochs(3)
                .batchSize(16).seed(1).progress(false).callbacks(recorder);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> exploding.fit(blobs(100, 6)));
        assertEquals("begin", seen.get(0));
        assertEquals("failed: " + e.getMessage(), seen.get(seen.size() - 1));
        assertTrue(seen.stream().noneMatch(s -> s.equals("end")));
    }

    @Test
    void epochEvaluationMeasuresTheWeightsOfEachEpochEnd() {
        Dataset train = blobs(100, 5);
        EpochEvaluation clean = EpochEvaluation.of(train);
        assertThrows(IllegalStateException.class, clean::last);
        Trainer t = trainer(network()).epochs(3).callbacks(clean);
        History h = t.fit(train);
        assertEquals(3, clean.losses().length);
        assertEquals(t.evaluate(train), clean.last());
        assertNotEquals(h.last(History.TRAIN_LOSS), clean.last().loss(), "training-mode batch means differ from eval mode");
    }

    @Test
    void stepEvaluationMeasuresBeforeTrainingAndEveryIntervalWithoutChangingTheRun() {
        Dataset train = blobs(200, 3);
        Dataset validation = blobs(60, 4);
        StepEvaluation curve = StepEvaluation.every(4, validation);
        assertThrows(IllegalArgumentException.class, () -> StepEvaluation.every(0, validation));
        assertThrows(IllegalStateException.class, () -> curve.meanOfLast(3));
        Trainer plain = trainer(network()).epochs(2).batchSize(20);
        Trainer watched = trainer(network()).epochs(2).batchSize(20).callbacks(curve);
        History h = watched.fit(train, validation);
        History reference = plain.fit(train, validation);
        assertArrayEquals(reference.column(History.VAL_LOSS), h.column(History.VAL_LOSS));
        long stepsRun = h.steps().rowCount();
        assertEquals(1 + stepsRun / 4, curve.steps().length);
        assertEquals(0, curve.steps()[0]);
        assertEquals(4, curve.steps()[1]);
        assertEquals(watched.evaluate(validation).accuracy(), curve.accuracies()[curve.accuracies().length - 1], 0.0,
                "the last measurement is the trained network (20 steps, a multiple of 4)");
        double target = curve.accuracies()[2];
        int reached = curve.stepsTo(target);
        assertTrue(reached >= 0 && reached <= 8, "first step at or above an accuracy measured at step 8: " + reached);
        assertEquals(-1, curve.stepsTo(1.01));
        double[] a = curve.accuracies();
        assertEquals((a[a.length - 1] + a[a.length - 2]) / 2, curve.meanOfLast(2), 1e-15);
    }

    @Test
    void aCallbackCanStopTheRunAtTheEndOfAnEpoch() {
        History h = trainer(network()).epochs(10).callbacks(Callback.atEpochEnd((result, run) -> {
            if (result.epoch() == 3) {
                run.stop();
            }
        })).fit(blobs(100, 5));
        assertEquals(3, h.size());
    }

    @Test
    void invalidSettingsFailWhenSet() {
        Trainer t = Trainer.of(network());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.learningRate(-0.1)).getMessage().contains("-0.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.batchSize(0)).getMessage().contains("batchSize"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> t.epochs(0)).getMessage().contains("epochs"));
        IllegalArgumentException wrongWidth = assertThrows(IllegalArgumentException.class,
                () -> Trainer.of(Sequential.builder(5).dense(3, Init.he()).build()).fit(blobs(30, 1)));
        assertTrue(wrongWidth.getMessage().contains("got 10") && wrongWidth.getMessage().contains("5"), wrongWidth.getMessage());
    }

    @Test
    void earlyStoppingStopsAndRestoresTheBestEpoch() {
        Dataset train = blobs(60, 9);
        Dataset val = blobs(300, 10);
        Sequential net = Sequential.builder(10).dense(256, Init.he()).relu().dense(3, Init.xavier()).build();
        EarlyStopping stopping = EarlyStopping.onValidationLoss(2);
        History h = Trainer.of(net).learningRate(0.05).epochs(60).batchSize(8).seed(3).progress(false)
                .callbacks(stopping).fit(train, val);
        assertTrue(stopping.stoppedEpoch() > 0 && h.size() == stopping.stoppedEpoch(), "stopped at " + stopping.stoppedEpoch());
        Evaluation restored = Trainer.of(net).evaluate(val);
        assertEquals(h.column(History.VAL_LOSS)[stopping.bestEpoch() - 1], restored.loss(), 1e-12);
    }

    @Test
    void saveAndLoadGiveBitIdenticalPredictions() {
        Sequential net = network();
        Trainer t = trainer(net);
        t.fit(blobs(100, 11));
        Path file = dir.resolve("net.nnlab");
        ModelFile.save(net, file);
        Sequential other = network();
        other.initialize(99);
        ModelFile.load(other, file);
        DMatrixRMaj x = blobs(50, 12).x();
        assertArrayEquals(t.predict(x).data, Trainer.of(other).predict(x).data);
    }

    @Test
    void predictAndEvaluateAgree() {
        Sequential net = network();
        Trainer t = trainer(net);
        Dataset data = blobs(2500, 13);
        t.fit(data);
        DMatrixRMaj out = t.predict(data.x());
        assertEquals(2500, out.numRows);
        assertEquals(org.nnlab.loss.Classification.accuracy(out, data.labels()), t.evaluate(data).accuracy(), 1e-12);
    }
}
