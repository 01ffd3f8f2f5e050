package org.nnlab.optim;

/**
 * Validation of hyperparameters; messages read {@code "<owner>: <parameter> must be <constraint>, got <value>"}.
 * NaN fails every check. Each check returns the value it accepted.
 */
final class Require {
    private Require() {
    }

    /** A finite number >= 0: learning rates, strengths, decays. */
    static double nonNegative(String owner, String parameter, double value) {
        check(value >= 0 && value < Double.POSITIVE_INFINITY, owner, parameter, "a finite number >= 0", value);
        return value;
    }

    /** A finite number > 0: epsilons. */
    static double positive(String owner, String parameter, double value) {
        check(value > 0 && value < Double.POSITIVE_INFINITY, owner, parameter, "a finite number > 0", value);
        return value;
    }

    /** In [0, 1): momenta and moving-average coefficients. */
    static double fraction(String owner, String parameter, double value) {
        check(value >= 0 && value < 1, owner, parameter, "in [0, 1)", value);
        return value;
    }

    /** In (0, 1]: multiplicative decay factors. */
    static double factor(String owner, String parameter, double value) {
        check(value > 0 && value <= 1, owner, parameter, "in (0, 1]", value);
        return value;
    }

    /** At least 1: counts of steps or epochs. */
    static int count(String owner, String parameter, int value) {
        check(value >= 1, owner, parameter, ">= 1", value);
        return value;
    }

    static void check(boolean ok, String owner, String parameter, String constraint, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(owner + ": " + parameter + " must be " + constraint + ", got " + value);
        }
    }
}
