package org.nnlab.jupyter;

import java.util.Optional;
import java.util.function.Function;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.nnlab.experiment.Interactive;
import org.nnlab.experiment.InteractiveDisplay;
import org.nnlab.experiment.Values;

/**
 * Shows {@link Interactive} experiments in a notebook. Found by {@link Interactive#show} through
 * {@code META-INF/services}.
 * <ul>
 *   <li>JJava with a widget front end connected ({@link WidgetFrontEnd}): live widgets
 *       ({@link LiveInteractive});</li>
 *   <li>JJava without one (the headless runner, nbclient, a front end without ipywidgets), and
 *       IJava 1.3 (whose kernel has comms, but nnlab's widgets are written for JJava's): the
 *       static view, the controls as text, the result for the default values and the time it
 *       took (how live the controls will feel). An exception
 *       in the experiment fails the cell, so a headless run reports it;</li>
 *   <li>no notebook kernel: shows nothing (returns false).</li>
 * </ul>
 */
public final class NotebookInteractiveDisplay implements InteractiveDisplay {

    @Override
    public boolean show(Interactive interactive, Function<Values, ?> experiment) {
        Optional<BaseKernel> jjava = jjavaKernel();
        if (jjava.isPresent()) {
            BaseKernel kernel = jjava.get();
            if (WidgetFrontEnd.connected(kernel)) {
                new LiveInteractive(interactive, experiment, new WidgetSession(new JJavaLink(kernel)),
                        "nnlab-interactive-" + NotebookProgressDisplay.nextDisplayId()).show();
            } else {
                showStatic(interactive, experiment, new JJavaOutput(kernel));
            }
            return true;
        }
        Optional<NotebookOutput> ijava = ijavaOutput();
        ijava.ifPresent(output -> showStatic(interactive, experiment, output));
        return ijava.isPresent();
    }

    /** The controls as text, then the experiment's result for the current (default) values and how long it took. */
    static void showStatic(Interactive interactive, Function<Values, ?> experiment, NotebookOutput output) {
        String id = "nnlab-interactive-" + NotebookProgressDisplay.nextDisplayId();
        output.show(id + "-controls", InteractiveBundles.controls(interactive), false);
        long start = System.nanoTime();
        Object result = experiment.apply(interactive.values());
        double seconds = (System.nanoTime() - start) / 1e9;
        output.show(id, InteractiveBundles.result(result), false);
        output.show(id + "-timing", InteractiveBundles.timing(interactive, seconds), false);
    }

    private static Optional<BaseKernel> jjavaKernel() {
        try {
            return Optional.of(BaseKernel.notebookKernel());
        } catch (LinkageError | NullPointerException notInAKernel) { // JJava absent, or its "No kernel running"
            return Optional.empty();
        }
    }

    private static Optional<NotebookOutput> ijavaOutput() {
        try {
            return IJavaRenderers.kernel().map(IJavaOutput::new);
        } catch (LinkageError noIJavaClasses) {
            return Optional.empty();
        }
    }
}
