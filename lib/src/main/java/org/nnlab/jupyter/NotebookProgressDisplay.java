package org.nnlab.jupyter;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.nnlab.train.Callback;
import org.nnlab.train.ProgressDisplay;

/**
 * Shows training progress in the notebook whose kernel is running this JVM. Found by
 * {@link ProgressDisplay#forRun} through {@code META-INF/services}; outside a JJava kernel (no
 * kernel instance, or no kernel classes at all) it shows nothing.
 */
public final class NotebookProgressDisplay implements ProgressDisplay {
    /** Display ids must not repeat across kernel restarts, or an update would also change old outputs. */
    private static final String SESSION = Long.toHexString(System.currentTimeMillis());
    private static final AtomicLong VIEWS = new AtomicLong();

    @Override
    public Optional<Callback> create(String title, boolean liveCurve) {
        Optional<NotebookOutput> interactive = InteractiveRuns.current();
        if (interactive.isPresent()) { // a live interactive re-run, outside any cell: JJava's display would send nothing
            return Optional.of(new NotebookProgress(interactive.get(), title, liveCurve, nextDisplayId()));
        }
        BaseKernel kernel;
        try {
            kernel = BaseKernel.notebookKernel();
        } catch (LinkageError | NullPointerException notInAKernel) { // JJava absent, or its "No kernel running"
            return Optional.empty();
        }
        return Optional.of(new NotebookProgress(new JJavaOutput(kernel), title, liveCurve, nextDisplayId()));
    }

    /** A display id for a new progress view, unique in this kernel and across its restarts (JJava and IJava alike). */
    static String nextDisplayId() {
        return SESSION + "-" + VIEWS.incrementAndGet();
    }
}
