package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.check.Require;
import org.nnlab.data.Dataset;

/**
 * A callback that evaluates the network on a fixed data set after every epoch, in evaluation mode
 * with the run's loss: e.g. the training set itself, to compare the training and validation loss of
 * the same weights (the history's training loss is a mean over the epoch's batches in training
 * mode, with dropout and moving weights).
 */
public final class EpochEvaluation implements Callback {
    private final Dataset data;
    private final List<Evaluation> evaluations = new ArrayList<>();

    private EpochEvaluation(Dataset data) {
        this.data = Require.notNull("EpochEvaluation.of", "data", data);
    }

    public static EpochEvaluation of(Dataset data) {
        return new EpochEvaluation(data);
    }

    @Override
    public void onTrainBegin(TrainingControl run) {
        evaluations.clear();
    }

    @Override
    public void onEpochEnd(EpochResult result, TrainingControl run) {
        evaluations.add(run.evaluate(data));
    }

    /** The loss after each epoch (index 0 = epoch 1). */
    public double[] losses() {
        return evaluations.stream().mapToDouble(Evaluation::loss).toArray();
    }

    /** The accuracy after each epoch (NaN for regression). */
    public double[] accuracies() {
        return evaluations.stream().mapToDouble(Evaluation::accuracy).toArray();
    }

    /** The first epoch (1-based) after which the loss was at most {@code target}, or -1 if none. */
    public int epochsToLoss(double target) {
        return Curves.firstReaching(losses(), target, false);
    }

    /** The evaluation after the last epoch. */
    public Evaluation last() {
        if (evaluations.isEmpty()) {
            throw new IllegalStateException("no epoch of " + data.name() + " evaluated yet: add this callback to a trainer and fit");
        }
        return evaluations.get(evaluations.size() - 1);
    }
}
