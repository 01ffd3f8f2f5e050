package org.nnlab.jupyter;

import java.util.Optional;

/**
 * Where the progress of a training run goes while a live {@link LiveInteractive} re-runs its
 * experiment: JJava's own display sends nothing outside a running cell, so
 * {@link NotebookProgressDisplay} asks here first, on the thread doing the re-run.
 */
final class InteractiveRuns {
    private static final ThreadLocal<NotebookOutput> CURRENT = new ThreadLocal<>();

    private InteractiveRuns() {
    }

    /** Runs {@code run} with {@code output} as the place for progress shown on this thread. */
    static void withOutput(NotebookOutput output, Runnable run) {
        NotebookOutput previous = CURRENT.get();
        CURRENT.set(output);
        try {
            run.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** The output of the live re-run going on in this thread, if any. */
    static Optional<NotebookOutput> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
