package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.nnlab.check.Require;
import org.nnlab.data.Augmentation;
import org.nnlab.data.Batch;
import org.nnlab.data.Batches;
import org.nnlab.data.Dataset;
import org.nnlab.loss.Classification;
import org.nnlab.loss.Loss;
import org.nnlab.loss.Losses;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizer;
import org.nnlab.optim.Optimizers;
import org.nnlab.optim.Regularizer;
import org.nnlab.optim.Regularizers;
import org.nnlab.optim.Schedule;
import org.nnlab.optim.Schedules;
import org.nnlab.random.Rng;

/**
 * Trains a {@link Sequential} network with mini-batch gradient descent and records a
 * {@link History}.
 *
 * <pre>{@code
 * History history = Trainer.of(network)
 *         .loss(Losses.softmaxCrossEntropy()).optimizer(Optimizers.adam()).learningRate(1e-3)
 *         .epochs(10).batchSize(100).seed(42)
 *         .fit(train, validation);
 * }</pre>
 *
 * <p>One step: forward in {@link Mode#TRAIN}, data loss plus the regularizer's penalty, backward,
 * the penalty's gradient added, the optimizer step with the learning rate
 * {@code schedule.rate(epoch, step) * scale} (callbacks may change the scale). A NaN or infinite
 * loss or gradient stops training with a {@link TrainingDivergedException}.
 *
 * <p>Before any work, fit checks that the data fits the network and holds only finite numbers
 * (naming the row and column of the first that is not), and that with batch norm no batch holds a
 * single row; callbacks check the metrics they watch. Anything that fails after training started
 * ends with a {@link TrainingFailedException} (or its {@link TrainingDivergedException}) that
 * carries the history so far.
 *
 * <p>Reproducibility: {@link #seed} fixes the weights (fit calls {@code initializeMissing(seed)}:
 * layers whose weights were not drawn, loaded or set get them, and masks their streams; weights
 * that are set are never overwritten), the shuffling and the augmentation. Matrix products are deterministic for any thread count, so two fits with the same
 * seed give identical histories (apart from wall-clock seconds).
 *
 * <p>Settings are validated when set; a trainer can be reused (its optimizer keeps its state, like
 * a compiled Keras model).
 */
public final class Trainer {
    private static final int EVALUATION_BATCH = 1000;

    private final Sequential network;
    private Loss loss = Losses.softmaxCrossEntropy();
    private Optimizer optimizer = Optimizers.adam();
    private Schedule schedule = Schedules.constant(1e-3);
    private Regularizer regularizer = Regularizers.none();
    private int epochs = 10;
    private int batchSize = 32;
    private boolean shuffle = true;
    private long seed;
    private Augmentation augmentation;
    private final List<Callback> callbacks = new ArrayList<>();
    private boolean progress = true;
    private boolean liveCurve;
    private String name = "training";

    private Trainer(Sequential network) {
        this.network = Require.notNull("Trainer.of", "network", network);
    }

    /** A trainer with defaults: softmax cross-entropy, Adam at 1e-3, 10 epochs, batch 32, shuffled, seed 0. */
    public static Trainer of(Sequential network) {
        return new Trainer(network);
    }

    public Trainer loss(Loss value) {
        loss = Require.notNull("Trainer.loss", "loss", value);
        return this;
    }

    public Trainer optimizer(Optimizer value) {
        optimizer = Require.notNull("Trainer.optimizer", "optimizer", value);
        return this;
    }

    /** A constant learning rate (replaces any schedule). */
    public Trainer learningRate(double rate) {
        Require.nonNegative("Trainer.learningRate", "rate", rate);
        schedule = Schedules.constant(rate);
        return this;
    }

    /** Plain SGD at a constant learning rate: {@code optimizer(Optimizers.sgd()).learningRate(rate)}. */
    public Trainer sgd(double rate) {
        return optimizer(Optimizers.sgd()).learningRate(rate);
    }

    /** Adam (default moments) at a constant learning rate: {@code optimizer(Optimizers.adam()).learningRate(rate)}. */
    public Trainer adam(double rate) {
        return optimizer(Optimizers.adam()).learningRate(rate);
    }

    public Trainer schedule(Schedule value) {
        schedule = Require.notNull("Trainer.schedule", "schedule", value);
        return this;
    }

    public Trainer regularizer(Regularizer value) {
        regularizer = Require.notNull("Trainer.regularizer", "regularizer", value);
        return this;
    }

    public Trainer epochs(int value) {
        epochs = Require.atLeast("Trainer.epochs", "epochs", value, 1);
        return this;
    }

    public Trainer batchSize(int value) {
        batchSize = Require.atLeast("Trainer.batchSize", "batchSize", value, 1);
        return this;
    }

    /** Whether to reshuffle the training data every epoch (default true). */
    public Trainer shuffle(boolean value) {
        shuffle = value;
        return this;
    }

    public Trainer seed(long value) {
        seed = value;
        return this;
    }

    /** Augmentation applied to each training batch (never to validation). */
    public Trainer augmentation(Augmentation value) {
        augmentation = value;
        return this;
    }

    /**
     * Adds callbacks (early stopping, learning-rate reduction, probes, your own), run in this order
     * at every step and epoch.
     */
    public Trainer callbacks(Callback... values) {
        callbacks.addAll(List.of(values));
        return this;
    }

    /** The callbacks added so far, in order. */
    public List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** Shows progress where a {@link ProgressDisplay} is available, i.e. in notebooks (default on). */
    public Trainer progress(boolean value) {
        progress = value;
        return this;
    }

    /** Also redraws the loss curve after every epoch in notebooks. */
    public Trainer liveCurve(boolean value) {
        liveCurve = value;
        return this;
    }

    /** A name for the run, used in the history and its plots. */
    public Trainer name(String value) {
        name = Require.notNull("Trainer.name", "name", value);
        return this;
    }

    public Sequential network() {
        return network;
    }

    /** The seed the next {@link #fit} uses. */
    public long seed() {
        return seed;
    }

    /** The run's name, used in its history and plots. */
    public String name() {
        return name;
    }

    /** Trains without validation. */
    public History fit(Dataset train) {
        return fit(train, null);
    }

    /** Trains for the configured epochs (or until a callback stops it) and returns the history. */
    public History fit(Dataset train, Dataset validation) {
        FitChecks.requireUsable("Trainer.fit", train, network);
        if (validation != null) {
            FitChecks.requireUsable("Trainer.fit", validation, network);
        }
        FitChecks.requireBatchNormBatches(network, train, batchSize);
        network.initializeMissing(seed);
        Rng rng = Rng.of(seed).split("fit");
        Batches batches = Batches.of(train, batchSize, shuffle ? rng.split("shuffle") : null, augmentation,
                augmentation == null ? null : rng.split("augmentation"));
        List<Callback> runCallbacks = new ArrayList<>(callbacks);
        if (progress) {
            ProgressDisplay.forRun(name, liveCurve).ifPresent(runCallbacks::add);
        }
        RunSettings settings = new RunSettings(name, loss, optimizer, schedule, regularizer, epochs, List.copyOf(runCallbacks));
        return new TrainingRun(settings, network, train, validation, batches, this::measure).execute();
    }

    /** Mean data loss and accuracy (NaN for regression) in evaluation mode; refuses non-finite inputs. */
    public Evaluation evaluate(Dataset data) {
        FitChecks.requireUsable("Trainer.evaluate", data, network);
        return measure(data);
    }

    /** {@link #evaluate} without the checks, for data checked before (validation at every epoch). */
    private Evaluation measure(Dataset data) {
        double lossSum = 0;
        long correct = 0;
        Batches batches = Batches.of(data, EVALUATION_BATCH, null, null, null);
        for (Batch batch : batches.epoch(0)) {
            DMatrixRMaj out = network.forward(batch.x(), Mode.EVAL);
            lossSum += loss.forward(out, batch) * batch.size();
            if (data.isClassification()) {
                correct += Classification.correct(out, batch.labels());
            }
        }
        return new Evaluation(lossSum / data.size(),
                data.isClassification() ? correct / (double) data.size() : Double.NaN);
    }

    /** The network's outputs for {@code x} in evaluation mode (a new matrix); refuses non-finite inputs. */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        Require.notNull("Trainer.predict", "x", x);
        Require.that(x.numCols == network.inputSize(), "Trainer.predict", "x", "a matrix with " + network.inputSize()
                + " columns (the network's input width)", x.numRows + "x" + x.numCols);
        Require.allFinite("Trainer.predict", "x", x);
        DMatrixRMaj result = new DMatrixRMaj(x.numRows, network.outputSize());
        for (int start = 0; start < x.numRows; start += EVALUATION_BATCH) {
            int rows = Math.min(EVALUATION_BATCH, x.numRows - start);
            DMatrixRMaj part = CommonOps_DDRM.extract(x, start, start + rows, 0, x.numCols);
            CommonOps_DDRM.insert(network.forward(part, Mode.EVAL), result, start, 0);
        }
        return result;
    }
}
