package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.nn.Sequential;
import org.nnlab.train.History;
import org.nnlab.train.Trainer;
import tech.tablesaw.api.Table;

class SweepTest {
    private static Trainer trainer(Values c) {
        return Trainer.of(Sequential.builder(4).dense(c.getInt("width"), Init.he()).relu().dense(2, Init.xavier()).build())
                .learningRate(c.getDouble("rate")).epochs(2).batchSize(20).progress(false).seed(1);
    }

    @Test
    void aSweepRunsOneNamedConfigurationPerValuesAndKeepsTheirHyperparameters() {
        Dataset train = ExperimentTest.blobs(100, 1), validation = ExperimentTest.blobs(60, 2);
        List<Values> grid = SearchSpace.of().logUniform("rate", 1e-3, 1e-1).choice("width", 4, 8).grid(2);
        Results results = Experiment.of("sweep").data(train, validation).sweep(grid, SweepTest::trainer).run();
        assertEquals(grid.stream().map(Values::toString).toList(), results.configurations());
        assertSame(grid.get(3), results.values("rate = 0.03162, width = 8"));
        History byHand = trainer(grid.get(3)).fit(train, validation);
        assertArrayEquals(byHand.column(History.VAL_LOSS), results.history("rate = 0.03162, width = 8").column(History.VAL_LOSS));
        assertSame(grid.get(1), results.only(grid.get(1).toString()).values(grid.get(1).toString()), "only keeps the hyperparameters");
        Results plain = Experiment.of("plain").data(train, validation).add("hand-made", () -> trainer(grid.get(0))).run();
        Results both = plain.plus(results);
        assertSame(grid.get(2), both.values(grid.get(2).toString()), "plus keeps the other's hyperparameters");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> both.values("hand-made"));
        assertTrue(none.getMessage().contains("sweep"), none.getMessage());
    }

    @Test
    void theRankingOrdersConfigurationsByTheirLastValueBestFirst() {
        List<Values> grid = SearchSpace.of().logUniform("rate", 1e-4, 1).choice("width", 8).grid(4);
        Results results = Experiment.of("ranking").data(ExperimentTest.blobs(100, 1), ExperimentTest.blobs(60, 2))
                .sweep(grid, SweepTest::trainer).run();
        List<String> byAccuracy = results.ranking(History.VAL_ACCURACY), byLoss = results.ranking(History.VAL_LOSS);
        for (int i = 1; i < grid.size(); i++) {
            assertTrue(results.last(byAccuracy.get(i - 1), History.VAL_ACCURACY).mean() >= results.last(byAccuracy.get(i), History.VAL_ACCURACY).mean());
            assertTrue(results.last(byLoss.get(i - 1), History.VAL_LOSS).mean() <= results.last(byLoss.get(i), History.VAL_LOSS).mean());
        }
        assertEquals(grid.size(), byAccuracy.size());
    }

    @Test
    void aSweepRefusesRepeatedOrMissingConfigurations() {
        Experiment experiment = Experiment.of("repeats").data(ExperimentTest.blobs(100, 1), null);
        List<Values> repeated = SearchSpace.of().choice("width", 4, 8).choice("rate", 0.01).sample(6, 1);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> experiment.sweep(repeated, SweepTest::trainer));
        assertTrue(twice.getMessage().contains("grid()"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> experiment.sweep(List.of(), SweepTest::trainer));
        assertThrows(IllegalArgumentException.class, () -> experiment.sweep(repeated.subList(0, 1), null));
    }

    @Test
    void aMarginalIsTheMeanAndSdOfTheScoresOfTheConfigurationsWithThatValue() {
        List<Values> grid = SearchSpace.of().choice("optimizer", "SGD", "Adam").logUniform("rate", 1e-3, 1e-1).grid(2);
        double[] scores = {0.5, 0.7, 0.8, 0.9};   // SGD: 0.5, 0.7; Adam: 0.8, 0.9; rate 0.003162: 0.5, 0.8; 0.03162: 0.7, 0.9
        Marginals marginals = Marginals.of("toy", History.VAL_ACCURACY, grid, scores, 3);
        assertEquals(List.of("optimizer", "rate"), marginals.hyperparameters());
        assertEquals(List.of("SGD", "Adam"), marginals.levels("optimizer").stream().map(Marginals.Level::value).toList());
        assertEquals(0.6, marginals.at("optimizer", "SGD").mean(), 1e-12);
        assertEquals(Math.sqrt(0.02), marginals.at("optimizer", "SGD").sd(), 1e-12);
        assertEquals(List.of("0.003162", "0.03162"), marginals.levels("rate").stream().map(Marginals.Level::value).toList(),
                "a grid's repeated values are levels of their own");
        assertEquals(0.8, marginals.at("rate", "0.03162").mean(), 1e-12);
        assertEquals(0.25, marginals.effect("optimizer"), 1e-12);
        assertEquals(0.15, marginals.effect("rate"), 1e-12);
        assertEquals("optimizer", marginals.mostImportant());
        assertEquals("Adam", marginals.best("optimizer").value());
        assertEquals("SGD", marginals.worst("optimizer").value());
        assertEquals("SGD", Marginals.of("toy", History.VAL_LOSS, grid, scores, 3).best("optimizer").value(), "a loss: lowest is best");
        Table table = marginals.table();
        assertEquals(4, table.rowCount());
        assertEquals(List.of("hyperparameter", "value", "configurations", "mean", "sd"), table.columnNames());
        assertEquals(List.of("optimizer", "rate"), marginals.effects().stringColumn("hyperparameter").asList());
        String chart = marginals.plot().figure().asJavascript("marginals");
        assertTrue(chart.contains("optimizer: Adam") && chart.contains("rate: 0.03162"), chart);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> marginals.at("optimizer", "adam"));
        assertTrue(unknown.getMessage().contains("[SGD, Adam]"), unknown.getMessage());
    }

    @Test
    void sampledValuesFallIntoEqualPartsOfTheRangeOnItsScale() {
        SearchSpace space = SearchSpace.of().logUniform("rate", 1e-4, 1e-1).choice("depth", 1, 2, 3);
        List<Values> sample = space.sample(300, 4);
        double[] scores = sample.stream().mapToDouble(v -> Math.log10(v.getDouble("rate"))).toArray();
        Marginals marginals = Marginals.of("toy", History.VAL_ACCURACY, sample, scores, 3);
        assertEquals(List.of("0.0001 to 0.001", "0.001 to 0.01", "0.01 to 0.1"),
                marginals.levels("rate").stream().map(Marginals.Level::value).toList());
        double[] means = marginals.levels("rate").stream().mapToDouble(l -> l.spread().mean()).toArray();
        assertArrayEquals(new double[] {-3.5, -2.5, -1.5}, means, 0.1, "each part holds the rates of one decade: " + Arrays.toString(means));
        assertEquals(300, marginals.levels("rate").stream().mapToInt(l -> l.spread().count()).sum());
        assertEquals(List.of("1", "2", "3"), marginals.levels("depth").stream().map(Marginals.Level::value).toList());
        assertThrows(IllegalArgumentException.class, () -> Marginals.of("toy", History.VAL_ACCURACY, sample, scores, 0));
    }
}
