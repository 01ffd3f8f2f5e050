package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.nn.Sequential;
import org.nnlab.probe.Metric;
import org.nnlab.probe.Probe;
import org.nnlab.random.Rng;
import org.nnlab.train.EpochEvaluation;
import org.nnlab.train.History;
import org.nnlab.train.Spread;
import org.nnlab.train.StepEvaluation;
import org.nnlab.train.Trainer;
import org.nnlab.train.TrainingFailedException;
import tech.tablesaw.api.Table;

class ExperimentTest {
    static Dataset blobs(int n, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 4);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x.set(i, j, rng.nextGaussian() + (j == labels[i] ? 2 : 0));
            }
        }
        return Dataset.classification("blobs", x, labels, 2);
    }

    static Trainer trainer(double rate) {
        return Trainer.of(Sequential.builder(4).dense(8, Init.he()).relu().dense(2, Init.xavier()).build())
                .learningRate(rate).epochs(3).batchSize(20).progress(false);
    }

    @Test
    void everyConfigurationRunsOncePerSeedOnAFreshNetwork() {
        Results results = Experiment.of("rates").data(blobs(100, 1), blobs(60, 2)).seeds(5, 6)
                .add("slow", () -> trainer(1e-3)).add("fast", () -> trainer(1e-2)).run();
        assertEquals(List.of("slow", "fast"), results.configurations());
        assertEquals(4, results.runs().size());
        assertEquals(List.of(5L, 6L), results.runs("fast").stream().map(Results.Run::seed).toList());
        assertNotSame(results.runs("fast").get(0).network(), results.runs("fast").get(1).network());
        assertEquals("fast · seed 6", results.histories("fast").get(1).table().name());
        assertNotEquals(results.histories("fast").get(0).last(History.VAL_LOSS),
                results.histories("fast").get(1).last(History.VAL_LOSS), "the seed changes the run");
    }

    @Test
    void aRunEqualsTheSameTrainerFittedByHandWithThatSeed() {
        Dataset train = blobs(100, 1);
        Dataset validation = blobs(60, 2);
        Results results = Experiment.of("one").data(train, validation).seeds(9).add("only", () -> trainer(1e-2)).run();
        History byHand = trainer(1e-2).seed(9).fit(train, validation);
        assertArrayEquals(byHand.column(History.VAL_LOSS), results.history("only").column(History.VAL_LOSS));
    }

    @Test
    void theProbeTableNamesEveryLayerAfterItsRunAndKeepsEachProbesReadings() {
        Results results = Experiment.of("probed").data(blobs(100, 1), blobs(60, 2)).seeds(3)
                .add("probed", () -> trainer(1e-2).callbacks(Probe.every(2)))
                .add("plain", () -> trainer(1e-2))
                .add("also probed", () -> trainer(3e-2).callbacks(Probe.every(5))).run();
        Table table = results.probeTable(Metric.GRADIENT_NORM);
        Table probed = results.run("probed").callback(Probe.class).table(Metric.GRADIENT_NORM);
        Table also = results.run("also probed").callback(Probe.class).table(Metric.GRADIENT_NORM);
        assertEquals(probed.rowCount() + also.rowCount(), table.rowCount());
        assertEquals("dense_1 (probed)", table.stringColumn("layer").get(0));
        assertEquals("dense_1 (also probed)", table.stringColumn("layer").get(probed.rowCount()));
        assertArrayEquals(probed.doubleColumn("value").asDoubleArray(),
                table.first(probed.rowCount()).doubleColumn("value").asDoubleArray());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Experiment.of("bare")
                .data(blobs(100, 1), null).add("plain", () -> trainer(1e-2)).run().probeTable(Metric.GRADIENT_NORM));
        assertTrue(none.getMessage().contains("Probe.every"), none.getMessage());
    }

    @Test
    void aFailedRunStopsTheExperimentUnlessFailedRunsAreKept() {
        Dataset train = blobs(100, 1);
        Experiment experiment = Experiment.of("rates").data(train, blobs(60, 2))
                .add("fine", () -> trainer(1e-2))
                .add("broken", () -> trainer(1e-2).schedule((epoch, step, perEpoch) -> epoch < 2 ? 0.01 : Double.NaN));
        assertThrows(TrainingFailedException.class, experiment::run);
        Results results = experiment.keepFailedRuns().run();
        assertFalse(results.run("fine").failed());
        Results.Run broken = results.run("broken");
        assertTrue(broken.failed());
        assertEquals(2, broken.history().size(), "the epochs before the failure (0 and 1: the schedule counts from 0) are kept");
        assertTrue(broken.failure().getMessage().contains("learning rate is NaN"), broken.failure().getMessage());
    }

    @Test
    void theGapIsTheValidationLossMinusTheEvaluatedTrainingLoss() {
        Dataset train = blobs(100, 1);
        Results results = Experiment.of("gap").data(train, blobs(60, 2))
                .add("watched", () -> trainer(1e-2).callbacks(EpochEvaluation.of(train))).add("plain", () -> trainer(1e-2)).run();
        Results.Run run = results.run("watched");
        double[] validation = run.history().column(History.VAL_LOSS), training = run.callback(EpochEvaluation.class).losses();
        assertEquals(3, run.gaps().length);
        for (int e = 0; e < 3; e++) {
            assertEquals(validation[e] - training[e], run.gaps()[e], 0);
        }
        assertEquals(run.gaps()[2], run.gap(), 0);
        assertEquals(run.history().last(History.VAL_ACCURACY), run.last(History.VAL_ACCURACY), 0);
        IllegalArgumentException unwatched = assertThrows(IllegalArgumentException.class, () -> results.run("plain").gap());
        assertTrue(unwatched.getMessage().contains("EpochEvaluation"), unwatched.getMessage());
    }

    @Test
    void lastEpochsTabulatesEveryRunOfBothExperimentsFromItsHistoryAndEvaluation() {
        Dataset train = blobs(100, 1);
        Results first = Experiment.of("first").data(train, blobs(60, 2))
                .add("watched", () -> trainer(1e-2).callbacks(EpochEvaluation.of(train))).run();
        Results both = first.plus(Experiment.of("second").data(train, blobs(60, 2)).add("plain", () -> trainer(2e-2)).run());
        Table table = both.lastEpochs();
        assertEquals(List.of("watched", "plain"), table.stringColumn("run").asList());
        Results.Run watched = first.run("watched");
        assertEquals(3, table.intColumn("epochs").get(0));
        assertEquals(watched.callback(EpochEvaluation.class).last().loss(), table.doubleColumn("train loss").get(0), 0);
        assertEquals(watched.gap(), table.doubleColumn("loss gap").get(0), 0);
        assertEquals(watched.callback(EpochEvaluation.class).last().accuracy() - watched.last(History.VAL_ACCURACY),
                table.doubleColumn("accuracy gap").get(0), 0);
        assertEquals(watched.history().best(History.VAL_LOSS), table.doubleColumn("lowest validation loss").get(0), 0);
        assertEquals(watched.history().bestEpoch(History.VAL_LOSS), table.intColumn("at epoch").get(0));
        assertEquals(both.run("plain").last(History.VAL_LOSS), table.doubleColumn("validation loss").get(1), 0);
        assertTrue(table.doubleColumn("train loss").isMissing(1), "no EpochEvaluation: no training-set columns");
        assertThrows(IllegalArgumentException.class, () -> first.plus(first));
        Table last = both.lastValues(History.TRAIN_LOSS, History.VAL_ACCURACY);
        assertEquals(List.of("run", "train loss", "val accuracy"), last.columnNames());
        assertEquals(both.run("plain").last(History.VAL_ACCURACY), last.doubleColumn("val accuracy").get(1), 0);
        assertEquals(watched.last(History.TRAIN_LOSS), last.doubleColumn("train loss").get(0), 0);
        assertThrows(IllegalArgumentException.class, both::lastValues);
        String gapChart = first.plotGap().figure().asJavascript("gap");
        assertTrue(gapChart.contains("watched") && gapChart.contains("generalization gap per epoch"), gapChart);
        assertThrows(IllegalArgumentException.class, both::plotGap, "a run without EpochEvaluation has no gap");
    }

    @Test
    void theStepAccuracyPlotDrawsEveryRunsStepEvaluation() {
        Dataset validation = blobs(60, 2);
        Results results = Experiment.of("steps").data(blobs(100, 1), validation)
                .add("watched", () -> trainer(1e-2).callbacks(StepEvaluation.every(2, validation))).run();
        String chart = results.plotStepAccuracy().figure().asJavascript("steps");
        assertTrue(chart.contains("watched") && chart.contains("accuracy per step"), chart);
        Results unwatched = Experiment.of("plain").data(blobs(100, 1), validation).add("plain", () -> trainer(1e-2)).run();
        assertThrows(IllegalArgumentException.class, unwatched::plotStepAccuracy);
    }

    @Test
    void onlyKeepsTheNamedConfigurationsInTheOrderGiven() {
        Results results = Experiment.of("rates").data(blobs(100, 1), blobs(60, 2)).seedsFrom(1, 2)
                .add("a", () -> trainer(1e-2)).add("b", () -> trainer(2e-2)).add("c", () -> trainer(3e-2)).run();
        Results some = results.only("c", "a");
        assertEquals(List.of("c", "a"), some.configurations());
        assertEquals(4, some.runs().size());
        assertEquals(results.last("a", History.VAL_LOSS).mean(), some.last("a", History.VAL_LOSS).mean(), 0);
        assertThrows(IllegalArgumentException.class, () -> results.only("a", "d"));
        assertThrows(IllegalArgumentException.class, () -> results.only("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> results.only());
    }

    @Test
    void theTidyTableAndTheSpreadsAgreeWithTheHistories() {
        Results results = Experiment.of("rates").data(blobs(100, 1), blobs(60, 2)).seedsFrom(1, 2)
                .add("a", () -> trainer(1e-2)).add("b", () -> trainer(3e-2)).run();
        Table table = results.table();
        assertEquals(2 * 2 * 3, table.rowCount());
        assertEquals(List.of("configuration", "seed", "epoch", "train_loss", "data_loss", "penalty", "train_accuracy",
                "val_loss", "val_accuracy", "lr"), table.columnNames());
        double[] finals = results.histories("b").stream().mapToDouble(h -> h.last(History.VAL_ACCURACY)).toArray();
        Spread last = results.last("b", History.VAL_ACCURACY);
        assertEquals((finals[0] + finals[1]) / 2, last.mean(), 1e-15);
        assertEquals(Math.abs(finals[0] - finals[1]) / Math.sqrt(2), last.sd(), 1e-12);
        Table summary = results.summary(History.VAL_LOSS);
        assertEquals(List.of("a", "b"), summary.stringColumn("configuration").asList());
        assertEquals(results.best("a", History.VAL_LOSS).mean(), summary.doubleColumn("best val_loss").getDouble(0), 1e-15);
    }

    @Test
    void aConfigurationMayBringItsOwnDataAndWithoutSeedsTheTrainerKeepsItsOwn() {
        Dataset other = blobs(40, 7);
        Results results = Experiment.of("data").add("own data", other, null, () -> trainer(1e-2).seed(11)).run();
        assertEquals(11, results.run("own data").seed());
        assertTrue(!results.history("own data").hasValidation());
        assertEquals("own data", results.history("own data").table().name());
    }

    @Test
    void thePlotsShowOneSeriesPerConfigurationWithTheSpreadOverSeeds() {
        Results results = Experiment.of("rates").data(blobs(100, 1), blobs(60, 2)).seeds(1, 2, 3)
                .add("a", () -> trainer(1e-2)).add("b", () -> trainer(3e-2)).run();
        String curves = results.plot(History.VAL_LOSS).figure().asJavascript("d");
        assertTrue(curves.contains("a (mean ± sd, 3 seeds)") && curves.contains("b (mean ± sd, 3 seeds)"), curves);
        assertTrue(curves.contains("val loss"), curves);
        Spread last = results.last("b", History.VAL_ACCURACY);
        String bars = results.plotLast(History.VAL_ACCURACY).figure().asJavascript("d");
        assertTrue(bars.contains("error_y") && bars.contains(String.valueOf(last.sd())), bars);
        Results single = Experiment.of("one").data(blobs(100, 1), null).add("a", () -> trainer(1e-2)).run();
        assertTrue(!single.plotBest(History.TRAIN_LOSS).figure().asJavascript("d").contains("error_y"));
    }

    @Test
    void aRunHandsBackTheCallbacksItsSetupAdded() {
        Dataset train = blobs(100, 1);
        Results results = Experiment.of("clean").data(train, null)
                .add("a", () -> trainer(1e-2).callbacks(EpochEvaluation.of(train))).run();
        assertEquals(3, results.run("a").callback(EpochEvaluation.class).losses().length);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> results.run("a").callback(org.nnlab.probe.Probe.class));
        assertTrue(none.getMessage().contains("Probe"), none.getMessage());
    }

    @Test
    void aBadSetupFailsBeforeAnyTraining() {
        IllegalStateException noData = assertThrows(IllegalStateException.class,
                () -> Experiment.of("x").add("a", () -> trainer(1e-2)).run());
        assertTrue(noData.getMessage().contains("'a'") && noData.getMessage().contains("data(train, validation)"),
                noData.getMessage());
        assertThrows(IllegalStateException.class, () -> Experiment.of("x").data(blobs(10, 1), null).run());
        assertThrows(IllegalArgumentException.class, () -> Experiment.of("x").add("a", () -> trainer(1)).add("a", () -> trainer(1)));
        assertThrows(IllegalArgumentException.class, () -> Experiment.of("x").seeds(1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Experiment.of("x").seedsFrom(1, 0));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Experiment.of("x").data(blobs(20, 1), null).add("a", () -> trainer(1e-2)).run().history("b"));
        assertTrue(unknown.getMessage().contains("'b'") && unknown.getMessage().contains("[a]"), unknown.getMessage());
    }
}
