package org.nnlab.optim;

import java.util.List;
import org.nnlab.nn.Param;

/**
 * A penalty on parameter values added to the data loss. The trainer reports it separately
 * ({@code penalty} in the history) and adds its gradient to the parameters' gradients after the
 * backward pass.
 */
public interface Regularizer {
    String name();

    /** The penalty for the current values. */
    double penalty(List<Param> params);

    /** Adds dPenalty/dValue to each affected parameter's gradient. */
    void addGradient(List<Param> params);
}
