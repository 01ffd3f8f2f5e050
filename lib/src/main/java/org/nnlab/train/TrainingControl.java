package org.nnlab.train;

import org.nnlab.nn.Layer;

/** What a {@link Callback} may do to a running training. */
public interface TrainingControl {
    /** The network being trained. */
    Layer network();

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
