package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nnlab.check.Require;
import org.nnlab.data.Dataset;
import org.nnlab.train.History;
import org.nnlab.train.Trainer;
import org.nnlab.train.TrainingFailedException;

/**
 * Named training configurations, each run once or once per seed, with their results side by side:
 *
 * <pre>{@code
 * Results results = Experiment.of("Dropout rate").data(train, validation).seeds(1, 2, 3)
 *         .add("no dropout", () -> Trainer.of(Networks.mlp(...)).epochs(20))
 *         .add("dropout 0.5", () -> Trainer.of(Networks.mlp(..., 0.5)).epochs(20))
 *         .run();
 * results.plot(History.VAL_LOSS)
 * }</pre>
 *
 * A configuration is a {@link Supplier} of a {@link Trainer}, called once per run, so that every run
 * trains a freshly built network. With {@link #seeds} the experiment sets each run's seed (which
 * fixes its initial weights, shuffling, masks and augmentation); without, each trainer keeps the
 * seed it was given. Runs execute in the order added, seed by seed. A search adds its
 * configurations with {@link #sweep}: one per {@link Values} of a {@link SearchSpace}.
 */
public final class Experiment {
    private final String title;
    private final List<Configuration> configurations = new ArrayList<>();
    private Dataset train;
    private Dataset validation;
    private long[] seeds;
    private boolean keepFailedRuns;

    /** {@code hyperparameters}: the values a {@link #sweep} added the configuration for, else null. */
    private record Configuration(String name, Dataset train, Dataset validation, Supplier<Trainer> setup, Values hyperparameters) {
    }

    private Experiment(String title) {
        this.title = Require.notNull("Experiment.of", "title", title);
    }

    public static Experiment of(String title) {
        return new Experiment(title);
    }

    /** The data every configuration trains and validates on unless it names its own ({@code validation} may be null). */
    public Experiment data(Dataset train, Dataset validation) {
        this.train = Require.notNull("Experiment.data", "train", train);
        this.validation = validation;
        return this;
    }

    /** Runs every configuration once per seed (distinct values). */
    public Experiment seeds(long... values) {
        Require.that(values.length > 0, "Experiment.seeds", "seeds", "at least one seed", "none");
        Require.that(Arrays.stream(values).distinct().count() == values.length, "Experiment.seeds", "seeds", "distinct",
                Arrays.toString(values));
        seeds = values.clone();
        return this;
    }

    /** Runs every configuration with the {@code count} seeds {@code first, first + 1, ...}. */
    public Experiment seedsFrom(long first, int count) {
        Require.atLeast("Experiment.seedsFrom", "count", count, 1);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = first + i;
        }
        return seeds(values);
    }

    /** A configuration trained on the experiment's data. */
    public Experiment add(String name, Supplier<Trainer> setup) {
        return add(name, null, null, setup);
    }

    /** A configuration with its own training and validation data (e.g. a differently preprocessed copy). */
    public Experiment add(String name, Dataset train, Dataset validation, Supplier<Trainer> setup) {
        return add(new Configuration(name, train, validation, setup, null));
    }

    /**
     * One configuration per element of {@code configurations} (e.g. {@link SearchSpace#sample}),
     * named by its label ({@link Values#toString()}: "depth = 2, rate = 0.001") and trained by
     * {@code setup.apply(values)}; {@link Results#values}, {@link Results#ranking} and
     * {@link Results#marginals} read the results by hyperparameter. The labels must differ.
     */
    public Experiment sweep(List<Values> configurations, Function<Values, Trainer> setup) {
        Require.that(configurations != null && !configurations.isEmpty(), "Experiment.sweep", "configurations",
                "at least one", configurations == null ? null : "none", "e.g. space.sample(20, seed)");
        Require.notNull("Experiment.sweep", "setup", setup);
        Set<String> labels = new LinkedHashSet<>();
        for (Values values : configurations) {
            Require.that(labels.add(values.toString()), "Experiment.sweep", "configurations", "distinct",
                    "'" + values + "' twice", "a small space of choices repeats itself when sampled: use grid() instead");
        }
        configurations.forEach(values -> add(new Configuration(values.toString(), null, null, () -> setup.apply(values), values)));
        return this;
    }

    private Experiment add(Configuration configuration) {
        Require.notNull("Experiment.add", "setup", configuration.setup());
        Set<String> names = new LinkedHashSet<>();
        configurations.forEach(c -> names.add(c.name()));
        String name = configuration.name();
        Require.that(name != null && !name.isBlank() && !names.contains(name), "Experiment.add", "the name",
                "unique and not blank", "'" + name + "'", "already added: " + names);
        configurations.add(configuration);
        return this;
    }

    /**
     * Keeps a run that fails (e.g. diverges at a learning rate too high) as a result, with the
     * epochs it finished and its {@link Results.Run#failure()}, instead of stopping the experiment:
     * for sweeps where failing is one of the outcomes to show.
     */
    public Experiment keepFailedRuns() {
        keepFailedRuns = true;
        return this;
    }

    /** Trains every configuration (per seed) and returns the results; checks the setup before the first run. */
    public Results run() {
        if (configurations.isEmpty()) {
            throw new IllegalStateException("experiment '" + title + "' has no configurations: add(name, setup) first");
        }
        for (Configuration c : configurations) {
            if (c.train() == null && train == null) {
                throw new IllegalStateException("configuration '" + c.name()
                        + "' has no training data: call data(train, validation) or add it with its own data");
            }
        }
        List<Results.Run> runs = new ArrayList<>();
        Map<String, Values> hyperparameters = new LinkedHashMap<>();
        for (Configuration c : configurations) {
            for (int s = 0; s < (seeds == null ? 1 : seeds.length); s++) {
                runs.add(runOnce(c, seeds == null ? null : seeds[s]));
            }
            if (c.hyperparameters() != null) {
                hyperparameters.put(c.name(), c.hyperparameters());
            }
        }
        return new Results(title, runs, hyperparameters);
    }

    private Results.Run runOnce(Configuration c, Long seed) {
        Trainer trainer = Require.notNull("Experiment.run", "the trainer returned by the setup of '" + c.name() + "'", c.setup().get());
        if (seed != null) {
            trainer.seed(seed);
        }
        trainer.name(seeds == null || seeds.length == 1 ? c.name() : c.name() + " · seed " + trainer.seed());
        Dataset runTrain = c.train() != null ? c.train() : train;
        Dataset runValidation = c.train() != null ? c.validation() : validation;
        try {
            return new Results.Run(c.name(), trainer.seed(), trainer, trainer.fit(runTrain, runValidation), null);
        } catch (TrainingFailedException failure) {
            if (!keepFailedRuns) {
                throw failure;
            }
            return new Results.Run(c.name(), trainer.seed(), trainer, failure.history(), failure);
        }
    }
}
