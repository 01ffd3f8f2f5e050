package org.nnlab.experiment;

import java.util.Locale;
import java.util.Map;

/**
 * The size a notebook runs at: {@link #QUICK} (about a minute on two cores; what CI runs) or
 * {@link #LECTURE} (the sizes for class). A notebook's parameters cell picks every size from the
 * preset, so nothing in the notebook has to be edited to switch:
 *
 * <pre>{@code
 * Preset size = Preset.current();          // NNLAB_SIZE=quick|lecture (default quick)
 * int PER_CLASS = size.pick(600, 6000);
 * long SEED = Preset.seed(42);             // NNLAB_SEED overrides the notebook's default seed
 * }</pre>
 *
 * The runner ({@code make notebooks SIZE=lecture SEED=3}) sets the two environment variables for
 * the kernel; in JupyterLab, export them before starting it, or choose in the cell with
 * {@code Preset.LECTURE.pick(...)}. The system properties {@code nnlab.size} and
 * {@code nnlab.seed} take precedence over the environment.
 */
public enum Preset {
    QUICK, LECTURE;

    static final String SIZE_VARIABLE = "NNLAB_SIZE";
    static final String SEED_VARIABLE = "NNLAB_SEED";

    /** The preset named by {@code nnlab.size} or {@code NNLAB_SIZE}; {@link #QUICK} when neither is set. */
    public static Preset current() {
        return fromSettings(System.getProperties().getProperty("nnlab.size"), System.getenv());
    }

    /** The seed named by {@code nnlab.seed} or {@code NNLAB_SEED}, else {@code notebookDefault}. */
    public static long seed(long notebookDefault) {
        return seedFromSettings(System.getProperties().getProperty("nnlab.seed"), System.getenv(), notebookDefault);
    }

    /** {@code quick} under {@link #QUICK}, {@code lecture} under {@link #LECTURE}. */
    public int pick(int quick, int lecture) {
        return this == QUICK ? quick : lecture;
    }

    public long pick(long quick, long lecture) {
        return this == QUICK ? quick : lecture;
    }

    public double pick(double quick, double lecture) {
        return this == QUICK ? quick : lecture;
    }

    /** The quick or the lecture choice of anything else, e.g. a list of widths or learning rates. */
    public <T> T pick(T quick, T lecture) {
        return this == QUICK ? quick : lecture;
    }

    /** The name used in settings and file names: {@code quick} or {@code lecture}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Preset fromSettings(String property, Map<String, String> environment) {
        String value = property != null ? property : environment.get(SIZE_VARIABLE);
        if (value == null || value.isBlank()) {
            return QUICK;
        }
        for (Preset preset : values()) {
            if (preset.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return preset;
            }
        }
        throw new IllegalArgumentException(source(property, SIZE_VARIABLE, "nnlab.size") + " is '" + value
                + "', expected quick or lecture; fix the setting or unset it for quick");
    }

    static long seedFromSettings(String property, Map<String, String> environment, long notebookDefault) {
        String value = property != null ? property : environment.get(SEED_VARIABLE);
        if (value == null || value.isBlank()) {
            return notebookDefault;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source(property, SEED_VARIABLE, "nnlab.seed") + " is '" + value
                    + "', expected a whole number such as 3; fix the setting or unset it for the notebook's own seed");
        }
    }

    private static String source(String property, String variable, String propertyName) {
        return property != null ? "system property " + propertyName : "environment variable " + variable;
    }
}
