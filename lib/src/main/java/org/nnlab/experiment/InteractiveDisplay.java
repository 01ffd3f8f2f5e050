package org.nnlab.experiment;

import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Where an {@link Interactive} experiment is shown. The notebook kernel extension provides one
 * through {@link ServiceLoader} ({@code META-INF/services/org.nnlab.experiment.InteractiveDisplay});
 * with no provider that can show it, {@link Interactive#show} runs the experiment once with the
 * default values.
 */
public interface InteractiveDisplay {
    /**
     * Shows {@code interactive}'s controls and the result of {@code experiment}, returning false
     * (having shown nothing) where this provider cannot show anything.
     */
    boolean show(Interactive interactive, Function<Values, ?> experiment);
}
