package org.nnlab.experiment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.nnlab.check.Require;

/**
 * One labelled knob of an {@link Interactive} experiment: a slider, a choice or a switch, made by
 * {@link Controls}. It holds a current value that Java code reads ({@link #get}) and writes
 * ({@link #set}), starting at its default. In a notebook with a live front end the kernel extension
 * draws it as a widget: a move in the browser sets the value here and calls the
 * {@link #onChange} listeners, and a {@link #set} from Java moves the widget. Values are checked on
 * every {@link #set} (range, options), so an experiment never sees a value its control cannot show.
 *
 * @param <T> the value type: {@code Double}, {@code Integer}, {@code Boolean} or a choice's option type
 */
public abstract sealed class Control<T> permits Control.Slider, Control.LogSlider, Control.IntSlider, Control.Choice,
        Control.Switch {
    private final String label;
    private T defaultValue;
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    private Control(String label, T defaultValue) {
        Require.that(label != null && !label.isBlank(), "Controls", "label", "a non-blank text", label);
        this.label = label;
        this.defaultValue = defaultValue;
        this.value = defaultValue;
    }

    /** Sets the checked default (the one a subclass made from its argument: a choice's own option object). */
    void start(T checkedDefault) {
        this.defaultValue = checkedDefault;
        this.value = checkedDefault;
    }

    /** The label shown beside the control, also the name its value has in {@link Values}. */
    public String label() {
        return label;
    }

    /** The value the control starts with (and the one a run without a live front end uses). */
    public T defaultValue() {
        return defaultValue;
    }

    /** The current value. */
    public T get() {
        return value;
    }

    /**
     * Sets the value (checked like the default was) and calls the {@link #onChange} listeners if it
     * changed. From Java this also moves the control in the browser.
     */
    public void set(T newValue) {
        T checked = check(newValue);
        if (Objects.equals(checked, value)) {
            return;
        }
        value = checked;
        listeners.forEach(listener -> listener.accept(checked));
    }

    /** Calls {@code listener} with the new value after every change, from Java or from the browser. */
    public Control<T> onChange(Consumer<? super T> listener) {
        listeners.add(Require.notNull("Control.onChange", "listener", listener));
        return this;
    }

    /** The value type, for typed reads in {@link Values}. */
    abstract Class<?> valueType();

    /** {@code candidate} if this control can take it, else an {@link IllegalArgumentException} naming the control. */
    abstract T check(T candidate);

    /** What the control is, without its label: "log slider from 0.0001 to 1". */
    public abstract String kind();

    /** One line saying what the control sets and its default, the text a static page shows in its place. */
    public String describe() {
        return label + ": " + format(defaultValue) + " (" + kind() + ")";
    }

    @Override
    public String toString() {
        return label + " = " + format(value);
    }

    /** A number as a reader writes it: 0.1, 1e-04 becomes 0.0001, integers without a decimal point. */
    static String format(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            String text = String.format(Locale.ROOT, "%.4g", d);
            return text.contains("e") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.valueOf(value);
    }

    private IllegalArgumentException outside(Object candidate, String expected) {
        return new IllegalArgumentException(Require.message(label, "value", expected, candidate, null));
    }

    /** A slider over real numbers on a linear scale, in steps of {@link #step}. */
    public static final class Slider extends Control<Double> {
        private final double min;
        private final double max;
        private final double step;

        Slider(String label, double min, double max, double step, double value) {
            super(label, value);
            Require.that(Double.isFinite(min) && Double.isFinite(max) && min < max, "Controls.slider",
                    "range", "finite min < max", min + " to " + max);
            Require.that(step > 0 && step <= max - min, "Controls.slider", "step", "in (0, max - min]", step);
            this.min = min;
            this.max = max;
            this.step = step;
            start(check(value));
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        public double step() {
            return step;
        }

        @Override
        Class<?> valueType() {
            return Double.class;
        }

        @Override
        Double check(Double candidate) {
            if (candidate == null || !(candidate >= min && candidate <= max)) {
                throw super.outside(candidate, "in [" + format(min) + ", " + format(max) + "]");
            }
            return candidate;
        }

        @Override
        public String kind() {
            return "slider from " + format(min) + " to " + format(max);
        }
    }

    /** A slider over positive real numbers on a log scale (base 10): equal moves multiply the value by equal factors. */
    public static final class LogSlider extends Control<Double> {
        private final double min;
        private final double max;
        private final double stepsPerDecade;

        LogSlider(String label, double min, double max, double value, int stepsPerDecade) {
            super(label, value);
            Require.that(min > 0 && Double.isFinite(max) && min < max, "Controls.logSlider", "range",
                    "0 < min < max (a log scale needs positive values)", min + " to " + max);
            Require.that(stepsPerDecade >= 1, "Controls.logSlider", "stepsPerDecade", "at least 1", stepsPerDecade);
            this.min = min;
            this.max = max;
            this.stepsPerDecade = stepsPerDecade;
            start(check(value));
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        /** The step of the exponent: {@code 1 / stepsPerDecade}. */
        public double exponentStep() {
            return 1.0 / stepsPerDecade;
        }

        @Override
        Class<?> valueType() {
            return Double.class;
        }

        @Override
        Double check(Double candidate) {
            // the browser computes base ** exponent, which can miss an end of the range by a rounding error
            double slack = 1e-9 * magnitude(candidate);
            if (candidate == null || !(candidate >= min - slack && candidate <= max + slack)) {
                throw super.outside(candidate, "in [" + format(min) + ", " + format(max) + "]");
            }
            return Math.min(max, Math.max(min, candidate));
        }

        private static double magnitude(Double value) {
            return value == null || !Double.isFinite(value) ? 0 : Math.abs(value);
        }

        @Override
        public String kind() {
            return "log slider from " + format(min) + " to " + format(max);
        }
    }

    /** A slider over whole numbers. */
    public static final class IntSlider extends Control<Integer> {
        private final int min;
        private final int max;
        private final int step;

        IntSlider(String label, int min, int max, int step, int value) {
            super(label, value);
            Require.that(min < max, "Controls.intSlider", "range", "min < max", min + " to " + max);
            Require.that(step >= 1 && step <= max - min, "Controls.intSlider", "step", "in [1, max - min]", step);
            this.min = min;
            this.max = max;
            this.step = step;
            start(check(value));
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        public int step() {
            return step;
        }

        @Override
        Class<?> valueType() {
            return Integer.class;
        }

        @Override
        Integer check(Integer candidate) {
            if (candidate == null || candidate < min || candidate > max) {
                throw super.outside(candidate, "an integer in [" + min + ", " + max + "]");
            }
            return candidate;
        }

        @Override
        public String kind() {
            return "integer slider from " + min + " to " + max;
        }
    }

    /**
     * One of a fixed list of options, shown as a dropdown or as a row of toggle buttons; each
     * option is labelled with its {@code toString()}.
     */
    public static final class Choice<T> extends Control<T> {
        private final List<T> options;
        private final boolean buttons;

        Choice(String label, List<T> options, T value, boolean buttons) {
            super(label, value);
            Require.that(options != null && !options.isEmpty(), buttons ? "Controls.toggleButtons" : "Controls.dropdown",
                    "options", "at least one option", options);
            Require.that(options.stream().map(String::valueOf).distinct().count() == options.size(),
                    buttons ? "Controls.toggleButtons" : "Controls.dropdown", "options",
                    "options with distinct labels (toString)", options);
            this.options = List.copyOf(options);
            this.buttons = buttons;
            start(check(value));
        }

        public List<T> options() {
            return options;
        }

        /** The options' labels, in order. */
        public List<String> optionLabels() {
            return options.stream().map(String::valueOf).toList();
        }

        /** True for a row of toggle buttons, false for a dropdown. */
        public boolean buttons() {
            return buttons;
        }

        /** The position of the current value in {@link #options}. */
        public int index() {
            return options.indexOf(get());
        }

        /** Selects the option at {@code index}. */
        public void select(int index) {
            if (index < 0 || index >= options.size()) {
                throw super.outside(index, "an option index in [0, " + (options.size() - 1) + "]");
            }
            set(options.get(index));
        }

        @Override
        Class<?> valueType() {
            return get() == null ? Object.class : get().getClass();
        }

        /** The option equal to {@code candidate}, or else the one with its label (so a fresh {@code Activation.tanh()} selects the "tanh" option). */
        @Override
        T check(T candidate) {
            for (T option : options) {
                if (Objects.equals(option, candidate)) {
                    return option;
                }
            }
            for (T option : options) {
                if (String.valueOf(option).equals(String.valueOf(candidate))) {
                    return option;
                }
            }
            throw super.outside(candidate, "one of " + optionLabels());
        }

        @Override
        public String kind() {
            return (buttons ? "buttons: " : "one of: ") + String.join(", ", optionLabels());
        }
    }

    /** On or off: a checkbox. */
    public static final class Switch extends Control<Boolean> {
        Switch(String label, boolean value) {
            super(label, value);
        }

        @Override
        Class<?> valueType() {
            return Boolean.class;
        }

        @Override
        Boolean check(Boolean candidate) {
            if (candidate == null) {
                throw super.outside(null, "true or false");
            }
            return candidate;
        }

        @Override
        public String kind() {
            return "on or off";
        }

        @Override
        public String describe() {
            return label() + ": " + (defaultValue() ? "on" : "off") + " (" + kind() + ")";
        }
    }
}
