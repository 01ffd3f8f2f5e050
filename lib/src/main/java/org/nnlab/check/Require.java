package org.nnlab.check;

import org.ejml.data.DMatrixRMaj;

/**
 * The argument checks of every nnlab package, with one wording:
 * <pre>
 *   &lt;owner&gt;: &lt;argument&gt; must be &lt;expected&gt;, got &lt;value&gt;[; &lt;fix&gt;]
 * </pre>
 * e.g. {@code "Dropout: rate must be in [0, 1), got 1.5"}. The owner is what the user called
 * ({@code Schedules.cosine}, {@code Trainer.batchSize}) or the layer's name. NaN fails every
 * numeric check; each check returns the value it accepted. Failures are
 * {@link IllegalArgumentException}s.
 *
 * <p>This package depends on nothing else in nnlab (only on EJML's matrix type), so every package
 * can use it without a cycle.
 */
public final class Require {
    private Require() {
    }

    /** Throws the standard message unless {@code ok}. */
    public static void that(boolean ok, String owner, String argument, String expected, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(message(owner, argument, expected, value, null));
        }
    }

    /** Like {@link #that(boolean, String, String, String, Object)}, with a fix appended. */
    public static void that(boolean ok, String owner, String argument, String expected, Object value, String fix) {
        if (!ok) {
            throw new IllegalArgumentException(message(owner, argument, expected, value, fix));
        }
    }

    /** {@code "<owner>: <argument> must be <expected>, got <value>[; <fix>]"}. */
    public static String message(String owner, String argument, String expected, Object value, String fix) {
        String text = owner + ": " + argument + " must be " + expected + ", got " + value;
        return fix == null ? text : text + "; " + fix;
    }

    /** Not null; the message is {@code "<owner>: <argument> must not be null"}. */
    public static <T> T notNull(String owner, String argument, T value) {
        if (value == null) {
            throw new IllegalArgumentException(owner + ": " + argument + " must not be null");
        }
        return value;
    }

    /** A finite number (not NaN or infinite). */
    public static double finite(String owner, String argument, double value) {
        that(Double.isFinite(value), owner, argument, "a finite number", value);
        return value;
    }

    /** A finite number >= 0: rates, strengths, standard deviations. */
    public static double nonNegative(String owner, String argument, double value) {
        that(value >= 0 && value < Double.POSITIVE_INFINITY, owner, argument, "a finite number >= 0", value);
        return value;
    }

    /** A finite number > 0: epsilons, scales. */
    public static double positive(String owner, String argument, double value) {
        that(value > 0 && value < Double.POSITIVE_INFINITY, owner, argument, "a finite number > 0", value);
        return value;
    }

    /** In [low, high]. */
    public static double between(String owner, String argument, double value, double low, double high) {
        that(value >= low && value <= high, owner, argument, "in [" + low + ", " + high + "]", value);
        return value;
    }

    /** A probability, in [0, 1]. */
    public static double probability(String owner, String argument, double value) {
        that(value >= 0 && value <= 1, owner, argument, "in [0, 1]", value);
        return value;
    }

    /** In [0, 1): drop rates, momenta, moving-average coefficients. */
    public static double fraction(String owner, String argument, double value) {
        that(value >= 0 && value < 1, owner, argument, "in [0, 1)", value);
        return value;
    }

    /** In (0, 1): strict fractions such as a validation share or batch norm's momentum. */
    public static double openFraction(String owner, String argument, double value) {
        that(value > 0 && value < 1, owner, argument, "in (0, 1)", value);
        return value;
    }

    /** In (0, 1]: multiplicative decay factors. */
    public static double factor(String owner, String argument, double value) {
        that(value > 0 && value <= 1, owner, argument, "in (0, 1]", value);
        return value;
    }

    /** An integer >= {@code min}: counts of layers, features, epochs, steps. */
    public static int atLeast(String owner, String argument, int value, int min) {
        that(value >= min, owner, argument, ">= " + min, value);
        return value;
    }

    /**
     * Every entry finite (no NaN or infinity); else the message names the row and column of the
     * first one that is not. One pass over the data, cheap next to a forward pass.
     */
    public static DMatrixRMaj allFinite(String owner, String argument, DMatrixRMaj m) {
        double[] data = m.data;
        int n = m.getNumElements();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(message(owner, argument, "finite numbers", data[i] + " at row " + i / m.numCols
                        + ", column " + i % m.numCols + " (of " + m.numRows + "x" + m.numCols + ", rows and columns from 0)",
                        "remove or replace non-finite values (e.g. missing data) before training or predicting"));
            }
        }
        return m;
    }

    /** An index into {@code size} things, in [0, size). */
    public static int index(String owner, String argument, int value, int size) {
        that(value >= 0 && value < size, owner, argument, size == 0 ? "an index, but there is nothing to index (size 0)"
                : "in [0, " + (size - 1) + "]", value);
        return value;
    }
}
