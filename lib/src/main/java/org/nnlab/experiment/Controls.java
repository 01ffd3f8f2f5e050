package org.nnlab.experiment;

import java.util.List;

/**
 * Factories for the {@link Control}s of an {@link Interactive} experiment. The label names the
 * value in {@link Values} and is shown beside the control.
 *
 * <pre>{@code
 * Interactive.of(Controls.logSlider("learning rate", 1e-4, 1, 0.1),
 *                Controls.intSlider("depth", 1, 12, 6),
 *                Controls.dropdown("activation", List.of("relu", "tanh", "sigmoid"), "tanh"))
 *         .show(values -> ...)
 * }</pre>
 */
public final class Controls {
    private Controls() {
    }

    /** A slider from {@code min} to {@code max} in 100 steps, starting at {@code value}. */
    public static Control.Slider slider(String label, double min, double max, double value) {
        return new Control.Slider(label, min, max, (max - min) / 100, value);
    }

    /** A slider from {@code min} to {@code max} in steps of {@code step}, starting at {@code value}. */
    public static Control.Slider slider(String label, double min, double max, double step, double value) {
        return new Control.Slider(label, min, max, step, value);
    }

    /**
     * A log-scale slider from {@code min} to {@code max} (both positive), 10 steps per factor of
     * ten, starting at {@code value}: for learning rates, initialization scales, penalties.
     */
    public static Control.LogSlider logSlider(String label, double min, double max, double value) {
        return new Control.LogSlider(label, min, max, value, 10);
    }

    /** An integer slider from {@code min} to {@code max} in steps of 1, starting at {@code value}. */
    public static Control.IntSlider intSlider(String label, int min, int max, int value) {
        return new Control.IntSlider(label, min, max, 1, value);
    }

    /** An integer slider from {@code min} to {@code max} in steps of {@code step}, starting at {@code value}. */
    public static Control.IntSlider intSlider(String label, int min, int max, int step, int value) {
        return new Control.IntSlider(label, min, max, step, value);
    }

    /** A dropdown of {@code options} (labelled by their {@code toString()}), starting at {@code value}. */
    public static <T> Control.Choice<T> dropdown(String label, List<T> options, T value) {
        return new Control.Choice<>(label, options, value, false);
    }

    /** A row of toggle buttons, one per option (labelled by its {@code toString()}), starting at {@code value}. */
    public static <T> Control.Choice<T> toggleButtons(String label, List<T> options, T value) {
        return new Control.Choice<>(label, options, value, true);
    }

    /** A checkbox, on or off at start as {@code value} says. */
    public static Control.Switch checkbox(String label, boolean value) {
        return new Control.Switch(label, value);
    }
}
