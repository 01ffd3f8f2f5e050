package org.nnlab.train;

/** A network's mean data loss and accuracy on a dataset, in evaluation mode (accuracy NaN for regression). */
public record Evaluation(double loss, double accuracy) {
}
