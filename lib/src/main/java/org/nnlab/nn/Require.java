package org.nnlab.nn;

/** Validation of hyperparameters at construction; messages name the owner, the parameter and the value. */
final class Require {
    private Require() {
    }

    /** Throws {@code "<owner>: <parameter> must be <constraint>, got <value>"} unless {@code ok}. */
    static void check(boolean ok, String owner, String parameter, String constraint, Object value) {
        if (!ok) {
            throw new IllegalArgumentException(owner + ": " + parameter + " must be " + constraint + ", got " + value);
        }
    }

    static void positive(String owner, String parameter, int value) {
        check(value >= 1, owner, parameter, ">= 1", value);
    }

    static void notNull(String owner, String parameter, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(owner + ": " + parameter + " must not be null");
        }
    }
}
