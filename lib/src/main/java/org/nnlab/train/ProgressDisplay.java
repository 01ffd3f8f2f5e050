package org.nnlab.train;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where a run's progress is shown. The notebook kernel extension provides one through
 * {@link ServiceLoader} ({@code META-INF/services/org.nnlab.train.ProgressDisplay}); outside a
 * notebook no provider answers and a run shows nothing.
 */
public interface ProgressDisplay {
    /**
     * A callback that shows the progress of the run titled {@code title} (and, with
     * {@code liveCurve}, its loss curve after every epoch), or empty where nothing can be shown.
     */
    Optional<Callback> create(String title, boolean liveCurve);

    /** The progress callback of the first provider that can show one, if any. */
    static Optional<Callback> forRun(String title, boolean liveCurve) {
        for (ProgressDisplay display : ServiceLoader.load(ProgressDisplay.class, ProgressDisplay.class.getClassLoader())) {
            Optional<Callback> callback = display.create(title, liveCurve);
            if (callback.isPresent()) {
                return callback;
            }
        }
        return Optional.empty();
    }
}
