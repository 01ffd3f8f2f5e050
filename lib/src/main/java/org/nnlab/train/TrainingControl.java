package org.nnlab.train;

import org.nnlab.data.Dataset;
import org.nnlab.nn.Layer;

/** What a {@link Callback} may see of, and do to, a running training. */
public interface TrainingControl {
    /** The network being trained. */
    Layer network();

    /** The run's history so far (epochs and steps recorded up to now). */
    History history();

    /** Whether fit was given validation data (else the {@code val_} metrics stay NaN). */
    boolean hasValidation();

    /** Whether the training data has class labels (else the accuracy metrics stay NaN). */
    boolean isClassification();

    /** The network's mean data loss and accuracy on {@code data} in evaluation mode, with the run's loss. */
    Evaluation evaluate(Dataset data);

    /** Ends training after the current epoch. */
    void stop();

    /**
     * The factor applied to the schedule's learning rate (starts at 1). Callbacks such as
     * {@link ReduceLROnPlateau} lower it.
     */
    double learningRateScale();

    void setLearningRateScale(double scale);

    /** The learning rate of the last step (schedule rate times scale). */
    double learningRate();
}
