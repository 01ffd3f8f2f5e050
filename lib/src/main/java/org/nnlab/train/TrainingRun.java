package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.check.Require;
import org.nnlab.data.Batch;
import org.nnlab.data.Batches;
import org.nnlab.data.Dataset;
import org.nnlab.linalg.Finite;
import org.nnlab.loss.Classification;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;
import org.nnlab.nn.Sequential;
import org.nnlab.train.TrainingDivergedException.Source;

/**
 * One call of {@link Trainer#fit}: the loop over epochs and steps, and the control callbacks see.
 * Its callbacks are the history recorder first, then the settings' callbacks in order.
 */
final class TrainingRun implements TrainingControl {
    private final RunSettings settings;
    private final Sequential network;
    private final Dataset train;
    private final Dataset validation;
    private final Batches batches;
    private final Function<Dataset, Evaluation> evaluator;
    private final List<Param> params;
    private final History history;
    private final List<Callback> callbacks;
    private double scale = 1;
    private double learningRate;
    private boolean stopped;
    /** Where the run is, for the message of a failure: the epoch (1-based) and global step, once the first step began. */
    private int epoch;
    private long step;
    private boolean started;

    TrainingRun(RunSettings settings, Sequential network, Dataset train, Dataset validation, Batches batches,
            Function<Dataset, Evaluation> evaluator) {
        this.settings = settings;
        this.network = network;
        this.train = train;
        this.validation = validation;
        this.batches = batches;
        this.evaluator = evaluator;
        this.params = network.params();
        this.history = new History(settings.name(), train.numClasses());
        this.callbacks = new ArrayList<>(List.of(new HistoryRecorder(history)));
        this.callbacks.addAll(settings.callbacks());
    }

    /**
     * Runs the loop. A failure before the first step is rethrown as is; a later one ends the run with
     * a {@link TrainingFailedException} carrying the history (marked aborted), unless it is one.
     */
    History execute() {
        try {
            return run();
        } catch (RuntimeException e) {
            RuntimeException failure = e instanceof TrainingFailedException || !started ? e
                    : new TrainingFailedException("training failed at epoch " + epoch + ", step " + step + ": " + e.getMessage()
                            + " (the history so far is in this exception)", e, epoch, step, history);
            callbacks.forEach(c -> c.onTrainFailed(failure, this));
            throw failure;
        }
    }

    private History run() {
        int stepsPerEpoch = batches.batchesPerEpoch();
        callbacks.forEach(c -> c.onTrainBegin(this));
        started = true;
        step = 0;
        for (epoch = 1; epoch <= settings.epochs() && !stopped; epoch++) {
            long started = System.nanoTime();
            double dataLossSum = 0;
            double penaltySum = 0;
            long correct = 0;
            int seen = 0;
            int stepInEpoch = 0;
            for (Batch batch : batches.epoch(epoch - 1)) {
                learningRate = settings.schedule().rate(epoch - 1, step, stepsPerEpoch) * scale;
                if (!(learningRate >= 0 && learningRate < Double.POSITIVE_INFINITY)) {
                    throw new TrainingDivergedException(epoch, step, Source.SCHEDULE, "the learning rate is " + learningRate
                            + " (scale " + scale + ")", settings.schedule().description(),
                            "A schedule must return a finite rate >= 0 at every step.", history);
                }
                StepOutcome outcome = step(batch, epoch, step, stepInEpoch, stepsPerEpoch);
                StepInfo info = outcome.info();
                dataLossSum += info.dataLoss() * batch.size();
                penaltySum += info.penalty() * batch.size();
                correct += outcome.correct();
                seen += batch.size();
                step++;
                stepInEpoch++;
            }
            finishEpoch(epoch, dataLossSum / seen, penaltySum / seen,
                    train.isClassification() ? correct / (double) seen : Double.NaN, started);
        }
        callbacks.forEach(c -> c.onTrainEnd(this));
        return history;
    }

    /** A finished step and how many of its examples were classified correctly (0 for regression). */
    private record StepOutcome(StepInfo info, long correct) {
    }

    /**
     * One step. The batch's correct count is taken from the training-mode output before any
     * callback runs, since a callback may run its own forward passes.
     */
    private StepOutcome step(Batch batch, int epoch, long step, int stepInEpoch, int stepsPerEpoch) {
        DMatrixRMaj output = network.forward(batch.x(), Mode.TRAIN);
        double dataLoss = settings.loss().forward(output, batch);
        long correct = train.isClassification() ? Classification.correct(output, batch.labels()) : 0;
        double penalty = settings.regularizer().penalty(params);
        if (!Double.isFinite(dataLoss + penalty)) {
            throw lossDiverged(batch, epoch, step, dataLoss, penalty);
        }
        network.backwardWithoutInputGradient(settings.loss().backward());
        settings.regularizer().addGradient(params);
        String bad = firstNonFiniteGradient();
        if (bad != null) {
            throw diverged(epoch, step, dataLoss + penalty, Source.GRADIENT, "a gradient is not finite", bad);
        }
        StepInfo info = new StepInfo(epoch, step, stepInEpoch, stepsPerEpoch, settings.epochs(), batch, dataLoss, penalty, learningRate, network);
        callbacks.forEach(c -> c.beforeUpdate(info));
        settings.optimizer().step(params, learningRate);
        callbacks.forEach(c -> c.afterUpdate(info));
        return new StepOutcome(info, correct);
    }

    /** A non-finite loss: from the input batch, a layer's output, the loss itself or the penalty, whichever came first. */
    private TrainingDivergedException lossDiverged(Batch batch, int epoch, long step, double dataLoss, double penalty) {
        String what = "the loss is " + (dataLoss + penalty);
        if (!Finite.all(batch.x())) {
            return diverged(epoch, step, dataLoss + penalty, Source.INPUT, what, "input");
        }
        String layer = network.firstNonFinite();
        if (layer != null) {
            return diverged(epoch, step, dataLoss + penalty, Source.LAYER_OUTPUT, what, layer);
        }
        return Double.isFinite(dataLoss)
                ? diverged(epoch, step, dataLoss + penalty, Source.PENALTY, what, settings.regularizer().name())
                : diverged(epoch, step, dataLoss + penalty, Source.LOSS, what, settings.loss().name());
    }

    /** Records the diverging step in the history and builds the exception that carries it. */
    private TrainingDivergedException diverged(int epoch, long step, double loss, Source source, String what, String where) {
        history.addStep(step, epoch, loss, learningRate);
        String advice = switch (source) {
            case INPUT -> "The dataset was checked before training, so an augmentation produced it; check the augmentation.";
            case PENALTY -> "Lower the regularization strength or the learning rate.";
            case LOSS -> "The loss made it from finite outputs: a log or a division of 0 (a probability that rounded to exactly 0"
                    + " or 1) needs an epsilon or clipping, and a loss computed from logits needs neither; if the outputs had grown"
                    + " huge first, lower the learning rate.";
            default -> "Try a lower learning rate, gradient-friendlier initialization or input scaling.";
        };
        return new TrainingDivergedException(epoch, step, source, what, where, advice, history);
    }

    /** The first layer with a non-finite gradient (network's own scan, else the parameter's name). */
    private String firstNonFiniteGradient() {
        for (Param p : params) {
            if (!Finite.all(p.grad())) {
                String layer = network.firstNonFinite();
                return layer != null ? layer : p.name();
            }
        }
        return null;
    }

    private void finishEpoch(int epoch, double dataLoss, double penalty, double accuracy, long started) {
        double valLoss = Double.NaN;
        double valAccuracy = Double.NaN;
        if (validation != null) {
            Evaluation evaluation = evaluator.apply(validation);
            valLoss = evaluation.loss();
            valAccuracy = evaluation.accuracy();
        }
        EpochResult result = new EpochResult(epoch, dataLoss, penalty, accuracy, valLoss, valAccuracy, learningRate,
                (System.nanoTime() - started) / 1e9);
        callbacks.forEach(c -> c.onEpochEnd(result, this));
    }

    @Override
    public Layer network() {
        return network;
    }

    @Override
    public boolean hasValidation() {
        return validation != null;
    }

    @Override
    public boolean isClassification() {
        return train.isClassification();
    }

    @Override
    public Evaluation evaluate(Dataset data) {
        FitChecks.requireUsable("TrainingControl.evaluate", data, network);
        return evaluator.apply(data);
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public double learningRateScale() {
        return scale;
    }

    @Override
    public void setLearningRateScale(double value) {
        scale = Require.positive("TrainingControl.setLearningRateScale", "scale", value);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
