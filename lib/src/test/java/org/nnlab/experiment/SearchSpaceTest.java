package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nnlab.nn.Activation;

class SearchSpaceTest {
    private static SearchSpace space() {
        return SearchSpace.of().choice("optimizer", "SGD", "Adam").logUniform("rate", 1e-4, 1e-1).choice("depth", 1, 2, 3);
    }

    private static List<String> labels(List<Values> configurations) {
        return configurations.stream().map(Values::toString).toList();
    }

    @Test
    void aSeedAlwaysGivesTheSameConfigurationsAndAnotherSeedOthers() {
        assertEquals(labels(space().sample(12, 7)), labels(space().sample(12, 7)));
        assertNotEquals(labels(space().sample(12, 7)), labels(space().sample(12, 8)));
        assertEquals(labels(space().sample(12, 7)).subList(0, 5), labels(space().sample(5, 7)), "a longer sample extends a shorter one");
    }

    @Test
    void addingAHyperparameterDoesNotChangeTheOthersDraws() {
        List<Values> before = space().sample(20, 3);
        List<Values> after = space().uniform("dropout", 0, 0.5).sample(20, 3);
        for (int k = 0; k < 20; k++) {
            assertEquals(before.get(k).getDouble("rate"), after.get(k).getDouble("rate"));
            assertEquals(before.get(k).getString("optimizer"), after.get(k).getString("optimizer"));
        }
    }

    @Test
    void logUniformStaysInItsRangeAndGivesEveryDecadeTheSameShare() {
        int n = 6000;
        int[] perDecade = new int[3];
        for (Values values : SearchSpace.of().logUniform("rate", 1e-4, 1e-1).sample(n, 11)) {
            double rate = values.getDouble("rate");
            assertTrue(rate >= 1e-4 && rate < 1e-1, "in [low, high): " + rate);
            perDecade[(int) Math.floor(Math.log10(rate) + 4)]++;
        }
        for (int count : perDecade) {
            assertEquals(1.0 / 3, count / (double) n, 0.025, "a third of the draws per decade: " + java.util.Arrays.toString(perDecade));
        }
    }

    @Test
    void aUniformRangeAndAChoiceDrawEvenly() {
        int n = 6000;
        double below = 0;
        int[] options = new int[3];
        for (Values values : SearchSpace.of().uniform("dropout", 0, 0.5).choice("depth", 1, 2, 3).sample(n, 5)) {
            double dropout = values.getDouble("dropout");
            assertTrue(dropout >= 0 && dropout < 0.5);
            below += dropout < 0.25 ? 1 : 0;
            options[values.getInt("depth") - 1]++;
        }
        assertEquals(0.5, below / n, 0.025);
        for (int count : options) {
            assertEquals(1.0 / 3, count / (double) n, 0.025);
        }
    }

    @Test
    void anIntegerLogRangeGivesIntegersFromLowToHighInclusive() {
        Set<Integer> seen = new TreeSet<>();
        for (Values values : SearchSpace.of().logUniformInt("width", 2, 5).sample(2000, 1)) {
            seen.add(values.getInt("width"));
        }
        assertEquals(Set.of(2, 3, 4, 5), seen);
    }

    @Test
    void theGridCombinesEveryOptionWithTheCentresOfEqualPartsOfEachRange() {
        List<Values> grid = SearchSpace.of().logUniform("rate", 1e-5, 1e-1).choice("depth", 1, 2)
                .logUniformInt("width", 32, 256).uniform("dropout", 0, 0.4).grid(2);
        assertEquals(16, grid.size());
        assertEquals(Math.pow(10, -4), grid.get(0).getDouble("rate"), 1e-15, "centre of the lower half of [-5, -1] in log10");
        assertEquals(Math.pow(10, -2), grid.get(15).getDouble("rate"), 1e-15);
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), grid.subList(0, 8).stream().map(v -> v.getInt("depth")).toList(),
                "the first hyperparameter varies slowest");
        assertEquals(List.of(54, 54, 152, 152), grid.subList(0, 4).stream().map(v -> v.getInt("width")).toList(),
                "32 * 8^(1/4) = 53.8 and 32 * 8^(3/4) = 152.2, rounded");
        assertEquals(0.1, grid.get(0).getDouble("dropout"), 1e-15);
        assertEquals(0.3, grid.get(1).getDouble("dropout"), 1e-15);
        assertEquals("rate = 0.0001, depth = 1, width = 54, dropout = 0.1", grid.get(0).toString());
        assertEquals(List.of("a", "b"), SearchSpace.of().choice("x", "a", "b").grid().stream().map(v -> v.getString("x")).toList());
    }

    @Test
    void aConfigurationReadsItsValuesTyped() {
        Values values = SearchSpace.of().choice("activation", Activation.relu(), Activation.tanh()).choice("depth", 2)
                .choice("rate", new double[] {0.01}).grid().get(0);
        assertSame(Activation.class, values.get("activation", Activation.class).getClass());
        assertEquals("ReLU", values.getString("activation"));
        assertEquals(2, values.getInt("depth"));
        assertEquals(0.01, values.getDouble("rate"));
        Values tanh = values.with("activation", Activation.tanh());
        assertEquals("activation = tanh, depth = 2, rate = 0.01", tanh.toString());
        assertEquals("activation = ReLU, depth = 2, rate = 0.01", values.toString(), "with() leaves the original as it was");
        assertThrows(IllegalArgumentException.class, () -> values.with("width", 3));
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> values.getInt("rate"));
        assertEquals("Values.get: rate must be a Integer, got Double 0.01 (choice of [0.01])", wrongType.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> values.getInt("Depth"));
        assertEquals("Values: label must be one of [activation, depth, rate], got \"Depth\"; "
                + "use a hyperparameter's name exactly as given to SearchSpace", unknown.getMessage());
    }

    @Test
    void badInputIsRefusedBeforeAnyDrawWithAMessageNamingIt() {
        assertEquals("SearchSpace.choice: the options of 'depth' must be at least one value, got none; e.g. choice(\"depth\", 1, 2, 3)",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().choice("depth")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().choice("activation", "relu", "relu"));
        assertEquals("SearchSpace.logUniform: the range of 'rate' must be finite with low < high, got [0.1, 0.001]; swap or widen the bounds",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().logUniform("rate", 0.1, 1e-3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().uniform("x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().uniform("x", 0, Double.NaN));
        assertEquals("SearchSpace.logUniform: the low end of 'rate' must be > 0 on a log scale, got 0.0; use uniform(...) for ranges reaching 0 or below",
                assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().logUniform("rate", 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().logUniformInt("width", 0, 8));
        assertThrows(IllegalArgumentException.class, () -> space().choice("rate", 1, 2), "a name twice");
        assertThrows(IllegalArgumentException.class, () -> space().sample(0, 1));
        assertThrows(IllegalArgumentException.class, () -> space().grid(0));
        assertThrows(IllegalStateException.class, () -> SearchSpace.of().sample(3, 1));
        assertThrows(IllegalArgumentException.class, () -> space().grid(), "a range needs points");
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.of().logUniformInt("width", 2, 3).grid(5),
                "5 points of [2, 3] cannot be distinct integers");
    }
}
