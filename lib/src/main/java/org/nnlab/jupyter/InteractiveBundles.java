package org.nnlab.jupyter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.nnlab.experiment.Interactive;
import org.nnlab.experiment.Values;

/** The outputs of an {@link Interactive}: its controls as text, its result, and an error in place of the result. */
final class InteractiveBundles {
    private static final int STACK_FRAMES = 6;

    private InteractiveBundles() {
    }

    /** What each control sets and its default, as text and HTML: the page shows this where no live control can be. */
    static Map<String, Object> controls(Interactive interactive) {
        List<String> lines = interactive.describe();
        String heading = "Controls (shown at their defaults; live in JupyterLab with a running kernel)";
        String button = interactive.buttonLabel() == null ? ""
                : "\n- button \"" + interactive.buttonLabel() + "\": re-runs the experiment";
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", heading + ":\n" + lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"))
                + button);
        bundle.put("text/html", "<div class=\"nnlab-controls\"><p><strong>" + Html.escape(heading) + ":</strong></p><ul>"
                + lines.stream().map(line -> "<li>" + Html.escape(line) + "</li>").collect(Collectors.joining())
                + (button.isEmpty() ? "" : "<li>" + Html.escape(button.substring(3)) + "</li>") + "</ul></div>");
        return bundle;
    }

    /** How long the experiment took for the default values: tells a reader how live its controls will feel. */
    static Map<String, Object> timing(Interactive interactive, double seconds) {
        String rerun = interactive.buttonLabel() == null ? "a live control re-runs it at every change"
                : "a live control re-runs it on a click of \"" + interactive.buttonLabel() + "\"";
        String text = String.format(Locale.ROOT, "Computed in %.2f s for the default values; %s.", seconds, rerun);
        return Map.of("text/plain", text, "text/html", "<p class=\"nnlab-timing\"><em>" + Html.escape(text) + "</em></p>");
    }

    /** The bundle of an experiment's result: nnlab's renderers for charts, figures, tables, ...; else its text. */
    static Map<String, Object> result(Object result) {
        Map<String, Object> bundle = Renderables.bundleOf(result);
        if (bundle != null) {
            return bundle;
        }
        String text = result == null ? "(the experiment returned nothing to show)" : String.valueOf(result);
        return Map.of("text/plain", text, "text/html", "<pre>" + Html.escape(text) + "</pre>");
    }

    /** A readable error in place of the result: which values failed, the exception and its first frames. */
    static Map<String, Object> error(RuntimeException failure, Values values) {
        String summary = "The experiment failed for " + values + ":";
        String detail = failure + "\n" + Arrays.stream(failure.getStackTrace()).limit(STACK_FRAMES)
                .map(frame -> "    at " + frame).collect(Collectors.joining("\n"));
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", summary + "\n" + detail);
        bundle.put("text/html", "<div class=\"nnlab-error\" style=\"border-left:4px solid #c62828;padding:4px 12px;"
                + "background:#fdecea\"><p><strong>" + Html.escape(summary) + "</strong></p><pre style=\"white-space:pre-wrap\">"
                + Html.escape(detail) + "</pre><p>Move a control to try other values.</p></div>");
        return bundle;
    }
}
