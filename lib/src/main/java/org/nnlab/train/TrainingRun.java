package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.nnlab.data.Batch;
import org.nnlab.data.Batches;
import org.nnlab.data.Dataset;
import org.nnlab.loss.Classification;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;
import org.nnlab.nn.Sequential;

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

    History execute() {
        try {
            return run();
        } catch (RuntimeException e) {
            callbacks.forEach(c -> c.onTrainFailed(e, this));
            throw e;
        }
    }

    private History run() {
        int stepsPerEpoch = batches.batchesPerEpoch();
        callbacks.forEach(c -> c.onTrainBegin(this));
        long step = 0;
        for (int epoch = 1; epoch <= settings.epochs() && !stopped; epoch++) {
            long started = System.nanoTime();
            double dataLossSum = 0;
            double penaltySum = 0;
            long correct = 0;
            int seen = 0;
            int stepInEpoch = 0;
            for (Batch batch : batches.epoch(epoch - 1)) {
                learningRate = settings.schedule().rate(epoch - 1, step, stepsPerEpoch) * scale;
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
            throw diverged(epoch, step, dataLoss + penalty, "the loss is " + (dataLoss + penalty), network.firstNonFinite());
        }
        network.backward(settings.loss().backward());
        settings.regularizer().addGradient(params);
        String bad = firstNonFiniteGradient();
        if (bad != null) {
            throw diverged(epoch, step, dataLoss + penalty, "a gradient is not finite", bad);
        }
        StepInfo info = new StepInfo(epoch, step, stepInEpoch, stepsPerEpoch, settings.epochs(), batch, dataLoss, penalty, learningRate, network);
        callbacks.forEach(c -> c.beforeUpdate(info));
        settings.optimizer().step(params, learningRate);
        callbacks.forEach(c -> c.afterUpdate(info));
        return new StepOutcome(info, correct);
    }

    /** Records the diverging step in the history and builds the exception that carries it. */
    private TrainingDivergedException diverged(int epoch, long step, double loss, String what, String layer) {
        history.addStep(step, epoch, loss, learningRate);
        return new TrainingDivergedException(epoch, step, what, layer, history);
    }

    /** The first layer with a non-finite gradient (network's own scan, else the parameter's name). */
    private String firstNonFiniteGradient() {
        for (Param p : params) {
            if (MatrixFeatures_DDRM.hasUncountable(p.grad())) {
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
    public Evaluation evaluate(Dataset data) {
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
        if (!(value > 0)) {
            throw new IllegalArgumentException("learning-rate scale must be > 0, got " + value);
        }
        scale = value;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
