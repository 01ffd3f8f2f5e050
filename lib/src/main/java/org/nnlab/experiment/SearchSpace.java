package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/**
 * The hyperparameters of a search and the values each may take, stated once; {@link #grid} and
 * {@link #sample} turn it into configurations ({@link Values}) for {@link Experiment#sweep}:
 *
 * <pre>{@code
 * SearchSpace space = SearchSpace.of()
 *         .choice("optimizer", "SGD+momentum", "Adam", "RMSProp")
 *         .logUniform("rate", 1e-4, 1e-1)
 *         .choice("depth", 1, 2, 3);
 * Results results = Experiment.of("Search").data(train, validation)
 *         .sweep(space.sample(20, SEED), c -> Trainer.of(net(c.getInt("depth"))).adam(c.getDouble("rate")).epochs(3))
 *         .run();
 * results.marginals(History.VAL_ACCURACY).plot()
 * }</pre>
 *
 * How each kind of hyperparameter is drawn ({@code U(a, b)} is uniform on {@code [a, b)}):
 * <ul>
 *   <li>{@link #choice}: one of the {@code k} options, each with probability {@code 1/k};</li>
 *   <li>{@link #uniform}: {@code x ~ U(low, high)};</li>
 *   <li>{@link #logUniform}: {@code x = e^u} with {@code u ~ U(ln low, ln high)} (density
 *       proportional to {@code 1/x}), so every factor of 10 in the range is equally likely: the scale
 *       for learning rates and other quantities whose ratios matter;</li>
 *   <li>{@link #logUniformInt}: {@code round(x)} of a log-uniform {@code x}, an {@code Integer} in
 *       {@code [low, high]} (e.g. a layer width).</li>
 * </ul>
 * Configurations list the hyperparameters in the order they were added.
 */
public final class SearchSpace {
    private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

    private SearchSpace() {
    }

    /** An empty space: add hyperparameters with {@link #choice}, {@link #uniform}, {@link #logUniform}, ... */
    public static SearchSpace of() {
        return new SearchSpace();
    }

    /**
     * A hyperparameter taking one of {@code options} (at least one, distinct labels), e.g.
     * {@code choice("depth", 1, 2, 3)} (Integers), {@code choice("activation", Activation.relu(), Activation.tanh())}.
     */
    public SearchSpace choice(String name, Object... options) {
        Require.that(options != null && options.length > 0, "SearchSpace.choice", "the options of '" + name + "'",
                "at least one value", "none", "e.g. choice(\"depth\", 1, 2, 3)");
        Require.that(Arrays.stream(options).allMatch(Objects::nonNull), "SearchSpace.choice", "the options of '" + name + "'",
                "values, not null", Arrays.toString(options));
        List<String> labels = Arrays.stream(options).map(Control::format).toList();
        Require.that(labels.stream().distinct().count() == labels.size(), "SearchSpace.choice",
                "the options of '" + name + "'", "distinct", labels);
        return add(new Choice(name, List.of(options)));
    }

    /** A choice among numbers, e.g. the points of {@code Grid.of(0.01, 0.1, 5)}; see {@link #choice(String, Object...)}. */
    public SearchSpace choice(String name, double[] options) {
        return choice(name, Arrays.stream(options).boxed().toArray());
    }

    /** A real hyperparameter drawn uniformly from {@code [low, high)}. */
    public SearchSpace uniform(String name, double low, double high) {
        return add(range("SearchSpace.uniform", name, low, high, false, false));
    }

    /** A positive real hyperparameter drawn on a log scale from {@code [low, high)} (see the class comment). */
    public SearchSpace logUniform(String name, double low, double high) {
        return add(range("SearchSpace.logUniform", name, low, high, true, false));
    }

    /** A positive integer hyperparameter: a log-uniform draw from {@code [low, high]}, rounded. */
    public SearchSpace logUniformInt(String name, int low, int high) {
        return add(range("SearchSpace.logUniformInt", name, low, high, true, true));
    }

    /** The hyperparameters' names, in the order added. */
    public List<String> names() {
        return List.copyOf(dimensions.keySet());
    }

    /**
     * {@code n} random configurations: configuration {@code k} draws hyperparameter {@code h} from
     * its own stream {@code Rng.of(seed).split(h, k)}, so one seed always gives the same
     * configurations, and adding a hyperparameter does not change the others' draws.
     */
    public List<Values> sample(int n, long seed) {
        Require.atLeast("SearchSpace.sample", "n", n, 1);
        requireDimensions("sample");
        Rng root = Rng.of(seed);
        List<Values> configurations = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Dimension d : dimensions.values()) {
                values.put(d.name(), d.draw(root.split(d.name(), k)));
            }
            configurations.add(Values.of(this, values));
        }
        return configurations;
    }

    /**
     * Every combination of the choices' options and of {@code points} values per range: the centres
     * of {@code points} equal parts of the range, {@code low + (i + 1/2)/points * (high - low)}, or on
     * the log scale {@code low * (high/low)^((i + 1/2)/points)} for a log range ({@code i = 0 ..
     * points - 1}). The first hyperparameter varies slowest. An integer range must give
     * {@code points} distinct integers.
     */
    public List<Values> grid(int points) {
        Require.atLeast("SearchSpace.grid", "points", points, 1);
        requireDimensions("grid");
        List<Map<String, Object>> combinations = List.of(new LinkedHashMap<>());
        for (Dimension d : dimensions.values()) {
            List<Map<String, Object>> extended = new ArrayList<>();
            for (Map<String, Object> combination : combinations) {
                for (Object value : d.grid(points)) {
                    Map<String, Object> next = new LinkedHashMap<>(combination);
                    next.put(d.name(), value);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations.stream().map(values -> Values.of(this, values)).toList();
    }

    /** Every combination of the choices' options, for a space of choices only (see {@link #grid(int)}). */
    public List<Values> grid() {
        dimensions.values().forEach(d -> Require.that(d instanceof Choice, "SearchSpace.grid", "'" + d.name() + "'",
                "a choice for grid() without points", d.kind(), "give the number of points per range: grid(points)"));
        return grid(1);
    }

    /** What the hyperparameter {@code name} is, e.g. "log-uniform from 0.0001 to 0.1". */
    String kind(String name) {
        return dimension(name).kind();
    }

    /** The options of a choice as labels, in the order given; null for a range. */
    List<String> optionLabels(String name) {
        return dimension(name) instanceof Choice choice ? choice.options().stream().map(Control::format).toList() : null;
    }

    /** Where {@code value} lies in the range {@code name}, from 0 (low) to 1 (high), on the range's scale. */
    double position(String name, double value) {
        Range range = (Range) dimension(name);
        return range.log() ? Math.log(value / range.low()) / Math.log(range.high() / range.low())
                : (value - range.low()) / (range.high() - range.low());
    }

    /** The value at {@code position} (0 = low, 1 = high) of the range {@code name}, on the range's scale. */
    double at(String name, double position) {
        Range range = (Range) dimension(name);
        return range.log() ? range.low() * Math.pow(range.high() / range.low(), position)
                : range.low() + position * (range.high() - range.low());
    }

    private Dimension dimension(String name) {
        Dimension d = dimensions.get(name);
        Require.that(d != null, "SearchSpace", "the hyperparameter", "one of " + dimensions.keySet(), "'" + name + "'");
        return d;
    }

    private void requireDimensions(String method) {
        if (dimensions.isEmpty()) {
            throw new IllegalStateException("SearchSpace." + method + ": the space has no hyperparameters; "
                    + "add some first, e.g. .choice(\"depth\", 1, 2, 3).logUniform(\"rate\", 1e-4, 1e-1)");
        }
    }

    private SearchSpace add(Dimension dimension) {
        Require.that(dimension.name() != null && !dimension.name().isBlank() && !dimensions.containsKey(dimension.name()),
                "SearchSpace", "a hyperparameter's name", "unique and not blank", "'" + dimension.name() + "'",
                "already added: " + dimensions.keySet());
        dimensions.put(dimension.name(), dimension);
        return this;
    }

    private static Range range(String owner, String name, double low, double high, boolean log, boolean integer) {
        Require.that(Double.isFinite(low) && Double.isFinite(high) && low < high, owner, "the range of '" + name + "'",
                "finite with low < high", "[" + low + ", " + high + "]", "swap or widen the bounds");
        Require.that(!log || low > 0, owner, "the low end of '" + name + "'", "> 0 on a log scale", low,
                "use uniform(...) for ranges reaching 0 or below");
        return new Range(name, low, high, log, integer);
    }

    private sealed interface Dimension permits Choice, Range {
        String name();

        Object draw(Rng rng);

        List<Object> grid(int points);

        String kind();
    }

    private record Choice(String name, List<Object> options) implements Dimension {
        @Override
        public Object draw(Rng rng) {
            return options.get(rng.nextInt(options.size()));
        }

        @Override
        public List<Object> grid(int points) {
            return options;
        }

        @Override
        public String kind() {
            return "choice of " + options.stream().map(Control::format).toList();
        }
    }

    private record Range(String name, double low, double high, boolean log, boolean integer) implements Dimension {
        @Override
        public Object draw(Rng rng) {
            return value(log ? Math.exp(rng.uniform(Math.log(low), Math.log(high))) : rng.uniform(low, high));
        }

        @Override
        public List<Object> grid(int points) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < points; i++) {
                double t = (i + 0.5) / points;
                values.add(value(log ? low * Math.pow(high / low, t) : low + t * (high - low)));
            }
            Require.that(values.stream().distinct().count() == points, "SearchSpace.grid", "the points of '" + name + "'",
                    "distinct integers", values, "use fewer points or a wider range");
            return values;
        }

        private Object value(double x) {
            return integer ? (Object) (int) Math.round(x) : (Object) x;
        }

        @Override
        public String kind() {
            return (integer ? "integer " : "") + (log ? "log-uniform" : "uniform") + " from " + Control.format(low)
                    + " to " + Control.format(high);
        }
    }
}
