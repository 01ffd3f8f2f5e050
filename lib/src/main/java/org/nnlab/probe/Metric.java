package org.nnlab.probe;

/**
 * The per-layer quantities nnlab's probes record, with their names in the tidy tables
 * ({@code step, layer, metric, value}).
 */
public enum Metric {
    /** Mean of the layer's output over the batch and units. */
    ACTIVATION_MEAN("activation_mean"),
    /** Standard deviation of the layer's output over the batch and units. */
    ACTIVATION_STD("activation_std"),
    /** Sigmoid: share of outputs below the low or above the high threshold; tanh: |output| above the tanh threshold. */
    SATURATED_FRACTION("saturated_fraction"),
    /** ReLU family: share of units whose output is never positive on the batch (for ReLU: always 0, no gradient). */
    DEAD_FRACTION("dead_fraction"),
    /** Standard deviation of dLoss/dOutput of the layer (the gradient flowing back into it). */
    OUTPUT_GRADIENT_STD("output_gradient_std"),
    /** Standard deviation of the layer's weight gradient. */
    GRADIENT_STD("gradient_std"),
    /** Euclidean norm of the layer's weight gradient. */
    GRADIENT_NORM("gradient_norm"),
    /** std(weight gradient) / std(weights). */
    GRADIENT_DATA_RATIO("gradient_data_ratio"),
    /** log10(std(weight update) / std(weights)); about -3 is healthy. */
    UPDATE_DATA_LOG10("update_data_log10"),
    /** Standard deviation of the layer's weights. */
    WEIGHT_STD("weight_std");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** The name used in tables. */
    public String label() {
        return column;
    }
}
