package org.nnlab.train;

import org.nnlab.data.Batch;
import org.nnlab.nn.Sequential;

/**
 * One optimization step as seen by a {@link Callback}: where it is in the run, the batch, its
 * losses and the learning rate applied. {@code epoch} counts from 1, {@code step} from 0 over the
 * whole run, {@code stepInEpoch} from 0; {@code epochs} is the number of epochs the run is set to (it may stop earlier).
 */
public record StepInfo(int epoch, long step, int stepInEpoch, int stepsPerEpoch, int epochs, Batch batch,
        double dataLoss, double penalty, double learningRate, Sequential network) {

    public double loss() {
        return dataLoss + penalty;
    }
}
