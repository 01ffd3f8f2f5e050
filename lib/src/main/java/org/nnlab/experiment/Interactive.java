package org.nnlab.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.nnlab.check.Require;

/**
 * An experiment wired to controls: the cell shows the controls and the experiment's result (a
 * {@code Chart}, {@code Figure}, {@code Table}, {@code Markdown}, ...) for their current values,
 * and moving a control re-runs the experiment and redraws that result in place.
 *
 * <pre>{@code
 * Interactive.of(Controls.logSlider("init scale", 0.01, 10, 1), Controls.intSlider("depth", 1, 12, 6))
 *         .show(values -> varianceChart(values.getDouble("init scale"), values.getInt("depth")))
 * }</pre>
 *
 * <p>How it shows depends on where it runs ({@link InteractiveDisplay} providers, found through
 * {@link ServiceLoader}; nnlab's kernel extension is one):
 * <ul>
 *   <li>in JupyterLab or Notebook 7 with the widgets extension: live controls; while a re-run is
 *       going, further moves are coalesced (at most one re-run at a time, the latest values win);
 *       an exception in the experiment is shown in place of the result and the controls stay live;</li>
 *   <li>with no widget front end (the headless notebook runner, an HTML export, IJava): the
 *       experiment runs once with the default values, its result is shown, and each control is
 *       listed as a line of text saying what it sets and its default; an exception fails the cell;</li>
 *   <li>outside a notebook: the experiment runs once with the default values.</li>
 * </ul>
 * For experiments that take seconds, {@link #button} adds a button: the experiment re-runs on a
 * click, not on every move, and a training run inside shows its progress line under the controls.
 */
public final class Interactive {
    private final List<Control<?>> controls;
    private final String buttonLabel;

    private Interactive(List<Control<?>> controls, String buttonLabel) {
        this.controls = controls;
        this.buttonLabel = buttonLabel;
    }

    /** The experiment's controls, shown in this order; their labels must differ. */
    public static Interactive of(Control<?>... controls) {
        Require.that(controls != null && controls.length > 0, "Interactive.of", "controls", "at least one control",
                controls == null ? null : controls.length);
        Set<String> labels = new HashSet<>();
        for (Control<?> control : controls) {
            Require.notNull("Interactive.of", "control", control);
            Require.that(labels.add(control.label()), "Interactive.of", "controls", "distinct labels",
                    control.label() + " twice");
        }
        return new Interactive(List.of(controls), null);
    }

    /**
     * The same controls with a button labelled {@code label}: the experiment re-runs when it is
     * clicked instead of on every move (for experiments that take more than a second).
     */
    public Interactive button(String label) {
        Require.that(label != null && !label.isBlank(), "Interactive.button", "label", "a non-blank text", label);
        return new Interactive(controls, label);
    }

    /**
     * Shows the controls and the result of {@code experiment} for their current values, and
     * re-runs it when they change (see the class comment for what shows where).
     */
    public void show(Function<Values, ?> experiment) {
        Require.notNull("Interactive.show", "experiment", experiment);
        for (InteractiveDisplay display : ServiceLoader.load(InteractiveDisplay.class, Interactive.class.getClassLoader())) {
            if (display.show(this, experiment)) {
                return;
            }
        }
        experiment.apply(values());
    }

    /** The controls, in display order. */
    public List<Control<?>> controls() {
        return controls;
    }

    /** The button's label, or null when every change re-runs the experiment. */
    public String buttonLabel() {
        return buttonLabel;
    }

    /** The controls' current values. */
    public Values values() {
        return Values.of(controls);
    }

    /** One line per control saying what it sets and its default: the text shown where no live control can be. */
    public List<String> describe() {
        return controls.stream().map(Control::describe).toList();
    }
}
