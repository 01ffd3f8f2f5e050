package org.nnlab.jupyter;

import java.util.Optional;
import org.nnlab.train.Callback;
import org.nnlab.train.ProgressDisplay;

/**
 * Shows training progress on an IJava 1.3 kernel, the one handed to {@link IJavaRenderers#install}
 * by the kernel's startup script. Found by {@link ProgressDisplay#forRun} through
 * {@code META-INF/services}; without an IJava kernel (JJava, plain Java) it shows nothing.
 */
public final class IJavaProgressDisplay implements ProgressDisplay {

    @Override
    public Optional<Callback> create(String title, boolean liveCurve) {
        try {
            return IJavaRenderers.kernel().map(kernel -> new NotebookProgress(new IJavaOutput(kernel), title, liveCurve, NotebookProgressDisplay.nextDisplayId()));
        } catch (LinkageError noIJavaClasses) { // IJava's classes absent (JJava, plain Java) and needed to load IJavaRenderers
            return Optional.empty();
        }
    }
}
