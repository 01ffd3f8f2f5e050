package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nnlab.check.Require;
import org.nnlab.plot.Chart;
import org.nnlab.train.Spread;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How the outcome of a search ({@link Experiment#sweep}) depends on each hyperparameter, one at a
 * time ({@link Results#marginals}). For a value {@code v} of hyperparameter {@code h}, with
 * {@code C(v)} the configurations having {@code h = v} and {@code y_c} configuration {@code c}'s
 * score (the last epoch's metric, mean over seeds), the marginal is
 * <pre>
 *   m_h(v) = (1 / |C(v)|) * sum over c in C(v) of y_c,   with the standard deviation of y_c over C(v).
 * </pre>
 * In a random search the other hyperparameters vary inside {@code C(v)}, so {@code m_h(v)} is an
 * average over them, not the effect of {@code v} with everything else fixed. The <em>effect</em> of
 * {@code h} is {@code max_v m_h(v) - min_v m_h(v)}: how far the mean outcome moves with {@code h}; the
 * hyperparameter with the largest effect is the one that matters most in this search.
 *
 * <p>The values ("levels") of a hyperparameter: a choice's options, in their order; a range whose
 * every value occurs in several configurations (a {@link SearchSpace#grid}), each value; otherwise
 * (sampled values) {@code parts} equal parts of the range on its scale, labelled "0.1 to 0.4642"
 * (a value on a boundary counts in the upper part). Levels no configuration has are left out;
 * configurations whose score is NaN count in none.
 */
public final class Marginals {
    /** One value of one hyperparameter and the spread of the scores of the configurations having it. */
    public record Level(String hyperparameter, String value, Spread spread) {
    }

    private final String title;
    private final String metric;
    private final Map<String, List<Level>> levels;

    private Marginals(String title, String metric, Map<String, List<Level>> levels) {
        this.title = title;
        this.metric = metric;
        this.levels = levels;
    }

    /** The marginals of {@code scores[i]}, the score of {@code configurations.get(i)}. */
    static Marginals of(String title, String metric, List<Values> configurations, double[] scores, int parts) {
        Require.atLeast("Results.marginals", "parts", parts, 1);
        SearchSpace space = configurations.get(0).space();
        for (Values values : configurations) {
            Require.that(values.space() == space && space != null, "Results.marginals", "every configuration",
                    "from one SearchSpace", values, "marginals compare the configurations of one sweep");
        }
        Map<String, List<Level>> levels = new LinkedHashMap<>();
        for (String name : space.names()) {
            Function<Object, String> levelOf = levelFunction(space, name, configurations, parts);
            Map<String, List<Double>> scoresByLevel = new LinkedHashMap<>();
            levelOrder(space, name, configurations, parts).forEach(level -> scoresByLevel.put(level, new ArrayList<>()));
            for (int i = 0; i < scores.length; i++) {
                if (!Double.isNaN(scores[i])) {
                    scoresByLevel.get(levelOf.apply(configurations.get(i).get(name))).add(scores[i]);
                }
            }
            List<Level> found = new ArrayList<>();
            scoresByLevel.forEach((level, values) -> {
                if (!values.isEmpty()) {
                    found.add(new Level(name, level, Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray())));
                }
            });
            levels.put(name, List.copyOf(found));
        }
        return new Marginals(title, metric, levels);
    }

    /** The hyperparameters, in the space's order. */
    public List<String> hyperparameters() {
        return List.copyOf(levels.keySet());
    }

    /** The levels of {@code hyperparameter} that some configuration has, in order (see the class comment). */
    public List<Level> levels(String hyperparameter) {
        List<Level> found = levels.get(hyperparameter);
        Require.that(found != null, "Marginals", "the hyperparameter", "one of " + levels.keySet(), "'" + hyperparameter + "'");
        return found;
    }

    /** The scores of the configurations with {@code hyperparameter} at {@code value} (a level's label: "ReLU", "2", "0.1 to 0.4642"). */
    public Spread at(String hyperparameter, String value) {
        List<Level> found = levels(hyperparameter);
        return found.stream().filter(l -> l.value().equals(value)).findFirst().map(Level::spread)
                .orElseThrow(() -> new IllegalArgumentException(Require.message("Marginals.at", "the value of '" + hyperparameter
                        + "'", "one of " + found.stream().map(Level::value).toList(), "'" + value + "'", null)));
    }

    /** {@code max_v m_h(v) - min_v m_h(v)} for {@code h = hyperparameter}: 0 with a single level. */
    public double effect(String hyperparameter) {
        return Spread.of(levels(hyperparameter).stream().mapToDouble(l -> l.spread().mean()).toArray()).range();
    }

    /** The hyperparameter with the largest {@link #effect}. */
    public String mostImportant() {
        return hyperparameters().stream().max(Comparator.comparingDouble(this::effect)).orElseThrow();
    }

    /** The level with the best mean score (highest for accuracies, lowest for losses). */
    public Level best(String hyperparameter) {
        return bestFirst(hyperparameter).get(0);
    }

    /** The level with the worst mean score. */
    public Level worst(String hyperparameter) {
        List<Level> ordered = bestFirst(hyperparameter);
        return ordered.get(ordered.size() - 1);
    }

    /** One row per level: hyperparameter, value, configurations, mean and sd of the score. */
    public Table table() {
        List<Level> all = levels.values().stream().flatMap(List::stream).toList();
        return Table.create(title + ": last " + Results.label(metric) + " by hyperparameter value",
                StringColumn.create("hyperparameter", all.stream().map(Level::hyperparameter).toList()),
                StringColumn.create("value", all.stream().map(Level::value).toList()),
                IntColumn.create("configurations", all.stream().mapToInt(l -> l.spread().count()).toArray()),
                DoubleColumn.create("mean", all.stream().mapToDouble(l -> l.spread().mean()).toArray()),
                DoubleColumn.create("sd", all.stream().mapToDouble(l -> l.spread().sd()).toArray()));
    }

    /** One row per hyperparameter, largest effect first: its effect and its best and worst level. */
    public Table effects() {
        List<String> names = hyperparameters().stream().sorted(Comparator.comparingDouble(this::effect).reversed()).toList();
        return Table.create(title + ": effect of each hyperparameter on the last " + Results.label(metric),
                StringColumn.create("hyperparameter", names),
                DoubleColumn.create("effect (max - min of the means)", names.stream().mapToDouble(this::effect).toArray()),
                StringColumn.create("best value", names.stream().map(n -> best(n).value()).toList()),
                StringColumn.create("worst value", names.stream().map(n -> worst(n).value()).toList()));
    }

    /**
     * One bar per level, grouped by hyperparameter, at the mean score with an error bar of +- 1
     * sd over the level's configurations; the y axis spans the error bars (it does not start at 0).
     */
    public Chart plot() {
        Chart chart = Chart.of(title + ": last " + Results.label(metric) + " by hyperparameter value (mean ± sd over configurations)")
                .xTitle("hyperparameter value").yTitle("last " + Results.label(metric)).overlay();
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (List<Level> found : levels.values()) {
            if (found.isEmpty()) {
                continue;
            }
            chart.bars(found.get(0).hyperparameter(), found.stream().map(l -> l.hyperparameter() + ": " + l.value()).toList(),
                    found.stream().mapToDouble(l -> l.spread().mean()).toArray(),
                    found.stream().mapToDouble(l -> l.spread().sd()).toArray());
            for (Level l : found) {
                low = Math.min(low, l.spread().mean() - l.spread().sd());
                high = Math.max(high, l.spread().mean() + l.spread().sd());
            }
        }
        double margin = Math.max(0.1 * (high - low), 1e-3);
        return Double.isFinite(low) ? chart.yRange(low - margin, high + margin) : chart;
    }

    private List<Level> bestFirst(String hyperparameter) {
        Comparator<Level> byMean = Comparator.comparingDouble(l -> l.spread().mean());
        return levels(hyperparameter).stream().sorted(metric.contains("accuracy") ? byMean.reversed() : byMean).toList();
    }

    /** The labels of the levels of {@code name}, in order (see the class comment). */
    private static List<String> levelOrder(SearchSpace space, String name, List<Values> configurations, int parts) {
        List<String> options = space.optionLabels(name);
        if (options != null) {
            return options;
        }
        if (repeatsEveryValue(name, configurations)) {
            return configurations.stream().mapToDouble(v -> toDouble(v.get(name))).distinct().sorted()
                    .mapToObj(Control::format).toList();
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            labels.add(Control.format(space.at(name, i / (double) parts)) + " to "
                    + Control.format(space.at(name, (i + 1) / (double) parts)));
        }
        return labels;
    }

    /** The label of the level a value of {@code name} belongs to. */
    private static Function<Object, String> levelFunction(SearchSpace space, String name, List<Values> configurations, int parts) {
        if (space.optionLabels(name) != null) {
            return Control::format;
        }
        if (repeatsEveryValue(name, configurations)) {
            return value -> Control.format(toDouble(value));
        }
        List<String> labels = levelOrder(space, name, configurations, parts);
        return value -> labels.get(Math.max(0, Math.min(parts - 1, (int) Math.floor(space.position(name, toDouble(value)) * parts))));
    }

    private static boolean repeatsEveryValue(String name, List<Values> configurations) {
        Map<Double, Integer> counts = new LinkedHashMap<>();
        configurations.forEach(v -> counts.merge(toDouble(v.get(name)), 1, Integer::sum));
        return counts.values().stream().allMatch(count -> count > 1);
    }

    private static double toDouble(Object value) {
        return ((Number) value).doubleValue();
    }
}
