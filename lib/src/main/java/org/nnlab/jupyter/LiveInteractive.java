package org.nnlab.jupyter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nnlab.experiment.Control;
import org.nnlab.experiment.Interactive;
import org.nnlab.experiment.Values;

/**
 * An {@link Interactive} drawn with live widgets: a box with one widget per control, the button
 * if there is one, a status line and an Output widget holding the experiment's result. A change
 * (from the browser or from Java) re-runs the experiment through {@link LatestWins} and replaces
 * the result in place by setting the Output widget's {@code outputs} state; an exception replaces
 * it with a readable error and leaves the widgets live. (An {@code update_display_data} sent while
 * handling a comm message does not reach JupyterLab's cell output: the front end routes IOPub
 * output by the parent request, and a widget's comm message is not a cell's.) During a re-run, a training run's progress line goes
 * to the status line and its live loss curve in place of the result ({@link InteractiveRuns}).
 *
 * <p>The kernel handles a comm message's re-run before it reports idle, and the ipywidgets front
 * end sends a model's next change only after that idle, merging the changes made meanwhile: so a
 * drag already arrives coalesced, and {@link LatestWins} keeps the same guarantee for changes from
 * Java or from several controls.
 */
final class LiveInteractive {
    private final Interactive interactive;
    private final Function<Values, ?> experiment;
    private final WidgetSession session;
    private final String displayId;
    private final Widgets.Widget status = Widgets.html("");
    private Widgets.Widget result;
    private final LatestWins<Values> reruns = new LatestWins<>(this::rerun);

    LiveInteractive(Interactive interactive, Function<Values, ?> experiment, WidgetSession session, String displayId) {
        this.interactive = interactive;
        this.experiment = experiment;
        this.session = session;
        this.displayId = displayId;
    }

    /** Opens the widgets, shows them, runs the experiment once with the current values and shows its result. */
    void show() {
        List<WidgetModel> children = new ArrayList<>();
        for (Control<?> control : interactive.controls()) {
            Widgets.Widget widget = ControlWidgets.widgetOf(control);
            session.open(widget);
            bind(control, widget.model());
            children.add(widget.model());
        }
        if (interactive.buttonLabel() != null) {
            Widgets.Widget button = Widgets.button(interactive.buttonLabel());
            session.open(button);
            button.model().onCustom(content -> {
                if ("click".equals(content.get("event"))) {
                    reruns.offer(interactive.values());
                }
            });
            children.add(button.model());
        }
        session.open(status);
        children.add(status.model());
        result = Widgets.output(run(interactive.values()));
        session.open(result);
        children.add(result.model());
        Widgets.Widget box = Widgets.vbox(children);
        session.open(box);
        Map<String, Object> text = InteractiveBundles.controls(interactive);
        session.display(displayId, WidgetProtocol.viewBundle(box.model(), (String) text.get("text/plain"),
                (String) text.get("text/html")));
    }

    /** Keeps {@code control} and its widget {@code model} in step, and re-runs (or asks for a click) on a change. */
    private void bind(Control<?> control, WidgetModel model) {
        model.onUpdate(changes -> {
            try {
                ControlWidgets.applyFromBrowser(control, changes);
            } catch (IllegalArgumentException refused) {
                status("<span style=\"color:#c62828\">" + Html.escape(refused.getMessage()) + "</span>");
            }
        });
        control.onChange(value -> {
            Map.Entry<String, Object> shown = ControlWidgets.stateOf(control);
            if (!Objects.equals(model.get(shown.getKey()), shown.getValue())) {
                model.set(shown.getKey(), shown.getValue()); // a change from Java moves the widget
            }
            if (interactive.buttonLabel() == null) {
                reruns.offer(interactive.values());
            } else {
                status(Html.escape("changed: click \"" + interactive.buttonLabel() + "\" to run with " + interactive.values()));
            }
        });
    }

    private void rerun(Values values) {
        showResult(run(values));
    }

    private void showResult(Map<String, Object> bundle) {
        result.model().set("outputs", Widgets.outputs(bundle));
    }

    /** Runs the experiment with {@code values}: the bundle of its result, or of its error. */
    private Map<String, Object> run(Values values) {
        status(Html.escape("running with " + values + " …"));
        long start = System.nanoTime();
        Object[] result = new Object[1];
        try {
            InteractiveRuns.withOutput(this::showProgress, () -> result[0] = experiment.apply(values));
            Map<String, Object> bundle = InteractiveBundles.result(result[0]);
            status(Html.escape(String.format(Locale.ROOT, "%s · ran in %.2f s", values, (System.nanoTime() - start) / 1e9)));
            return bundle;
        } catch (RuntimeException failure) {
            status("<span style=\"color:#c62828\">" + Html.escape("failed for " + values + ": " + failure) + "</span>");
            return InteractiveBundles.error(failure, values);
        }
    }

    /** A training run's progress during a re-run: a figure (its live loss curve) in place of the result, text in the status line. */
    private void showProgress(String displayId, Map<String, Object> bundle, boolean replace) {
        if (bundle.containsKey(FigureBundle.PLOTLY_MIME)) {
            if (result != null) { // the first run, in the cell, shows its result when it ends
                showResult(bundle);
            }
        } else {
            status(Html.escape(String.valueOf(bundle.get("text/plain"))));
        }
    }

    private void status(String html) {
        status.model().set("value", "<span class=\"nnlab-status\">" + html + "</span>");
    }
}
