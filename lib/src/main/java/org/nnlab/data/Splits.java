package org.nnlab.data;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.check.Require;
import org.nnlab.random.Rng;

/** Seeded ways to cut a classification dataset: stratified train/validation splits and n-per-class subsets. */
public final class Splits {
    private Splits() {
    }

    /** A training and a validation part. */
    public record Split(Dataset train, Dataset validation) {
    }

    /**
     * Puts {@code validationFraction} of each class (rounded) into the validation part and the rest
     * into the training part, each in a seeded random order.
     */
    public static Split stratified(Dataset data, double validationFraction, long seed) {
        Require.openFraction("Splits.stratified", "validationFraction", validationFraction);
        List<List<Integer>> byClass = shuffledByClass(data, Rng.of(seed).split("stratified"));
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (List<Integer> members : byClass) {
            int held = (int) Math.round(members.size() * validationFraction);
            validation.addAll(members.subList(0, held));
            train.addAll(members.subList(held, members.size()));
        }
        Require.that(!validation.isEmpty() && !train.isEmpty(), "Splits.stratified", "validationFraction",
                "a share that leaves both parts non-empty", validationFraction + " (" + data.size() + " examples give "
                        + train.size() + " for training and " + validation.size() + " for validation, each class rounded)",
                "use a fraction nearer 0.5 or more data");
        Rng order = Rng.of(seed).split("order");
        return new Split(data.subset(data.name() + " (train part)", shuffled(train, order)),
                data.subset(data.name() + " (validation part)", shuffled(validation, order)));
    }

    /** {@code perClass} random examples of every class, in a seeded random order. */
    public static Dataset perClass(Dataset data, int perClass, long seed) {
        Require.atLeast("Splits.perClass", "perClass", perClass, 1);
        List<List<Integer>> byClass = shuffledByClass(data, Rng.of(seed).split("per-class"));
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < byClass.size(); c++) {
            Require.that(byClass.get(c).size() >= perClass, "Splits.perClass", "perClass", "at most the size of the smallest class",
                    perClass + " (class " + c + " of " + data.name() + " has " + byClass.get(c).size() + ")");
            chosen.addAll(byClass.get(c).subList(0, perClass));
        }
        return data.subset(data.name() + " (" + perClass + " per class)", shuffled(chosen, Rng.of(seed).split("order")));
    }

    /** The first {@code n} examples of a seeded random permutation. */
    public static Dataset sample(Dataset data, int n, long seed) {
        Require.that(n >= 1 && n <= data.size(), "Splits.sample", "n", "in [1, " + data.size() + "] (the size of " + data.name() + ")", n);
        int[] order = Rng.of(seed).split("sample").permutation(data.size());
        return data.subset(data.name() + " (" + n + " sampled)", java.util.Arrays.copyOf(order, n));
    }

    private static List<List<Integer>> shuffledByClass(Dataset data, Rng rng) {
        Require.that(data.isClassification(), "Splits", "the dataset", "a classification dataset", data.name() + " (regression)");
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < data.numClasses(); c++) {
            byClass.add(new ArrayList<>());
        }
        int[] order = rng.permutation(data.size());
        for (int i : order) {
            byClass.get(data.labels()[i]).add(i);
        }
        return byClass;
    }

    private static int[] shuffled(List<Integer> indices, Rng rng) {
        int[] values = indices.stream().mapToInt(Integer::intValue).toArray();
        rng.shuffle(values);
        return values;
    }
}
