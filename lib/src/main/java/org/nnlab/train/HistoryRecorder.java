package org.nnlab.train;

/** The callback that writes every step and epoch of a run into its {@link History}; it runs first. */
final class HistoryRecorder implements Callback {
    private final History history;

    HistoryRecorder(History history) {
        this.history = history;
    }

    @Override
    public void afterUpdate(StepInfo step) {
        history.addStep(step.step(), step.epoch(), step.loss(), step.learningRate());
    }

    @Override
    public void onEpochEnd(EpochResult result, TrainingControl run) {
        history.addEpoch(result);
    }
}
