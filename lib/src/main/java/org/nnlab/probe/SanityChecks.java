package org.nnlab.probe;

import java.util.Locale;
import org.nnlab.data.Batch;
import org.nnlab.data.Batches;
import org.nnlab.data.Dataset;
import org.nnlab.loss.Loss;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizer;
import org.nnlab.optim.Regularizer;
import org.nnlab.train.Callback;
import org.nnlab.train.History;
import org.nnlab.train.Trainer;

/**
 * The two checks to run before a long training (CS231n's "babysitting" advice).
 * <ol>
 *   <li>{@link #initialLoss}: a freshly initialized classifier should be unsure, so its softmax
 *       cross-entropy is near ln C (C classes); a regularization penalty adds to it. A loss far from
 *       ln C points at a bad initialization, a wrong loss or mislabelled data.</li>
 *   <li>{@link #overfitTinySubset}: a working network and training loop must be able to memorize a
 *       few batches (training accuracy near 100%) within a small step budget; if not, something is
 *       broken (gradients, learning rate, architecture).</li>
 * </ol>
 */
public final class SanityChecks {
    private SanityChecks() {
    }

    /** The outcome of {@link #initialLoss}. */
    public record InitialLoss(double dataLoss, double penalty, double expected, double tolerance) {
        /** Whether the data loss is within the tolerance (relative) of ln C. */
        public boolean passed() {
            return Math.abs(dataLoss - expected) <= tolerance * expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "initial data loss %.4f vs ln C = %.4f (%s, tolerance %.0f%%); with penalty %.4f",
                    dataLoss, expected, passed() ? "ok" : "FAILED", 100 * tolerance, dataLoss + penalty);
        }
    }

    /** The outcome of {@link #overfitTinySubset}. */
    public record Overfit(int examples, int steps, double trainingAccuracy, double finalLoss, double target) {
        public boolean passed() {
            return trainingAccuracy >= target;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d examples: training accuracy %.3f after %d steps, loss %.4f (%s, target %.2f)",
                    examples, trainingAccuracy, steps, finalLoss, passed() ? "ok" : "FAILED", target);
        }
    }

    /**
     * The mean loss of {@code network} (as it is, evaluation mode) over {@code data}, compared with
     * ln(numClasses); {@code tolerance} is relative (e.g. 0.1 for +-10%).
     */
    public static InitialLoss initialLoss(Sequential network, Dataset data, Loss loss, Regularizer regularizer, double tolerance) {
        if (!data.isClassification()) {
            throw new IllegalArgumentException(data.name() + " is not a classification dataset");
        }
        double sum = 0;
        for (Batch batch : Batches.inOrder(data, 500).epoch(0)) {
            sum += loss.forward(network.forward(batch.x(), Mode.EVAL), batch) * batch.size();
        }
        return new InitialLoss(sum / data.size(), regularizer.penalty(network.params()), Math.log(data.numClasses()), tolerance);
    }

    /**
     * Trains {@code network} (a {@link Trainer} run, no regularizer, no progress display) on the
     * first {@code examples} examples of {@code data} with mini-batches of {@code batchSize}, and
     * stops at the end of the first epoch whose training accuracy (evaluation mode, whole subset)
     * reaches {@code target}, or after the epoch in which {@code maxSteps} steps are reached.
     */
    public static Overfit overfitTinySubset(Sequential network, Dataset data, int examples, int batchSize, Loss loss,
            Optimizer optimizer, double learningRate, int maxSteps, double target, long seed) {
        int[] first = new int[Math.min(examples, data.size())];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        Dataset tiny = data.subset(data.name() + " (tiny)", first);
        int stepsPerEpoch = (tiny.size() + batchSize - 1) / batchSize;
        History history = Trainer.of(network).loss(loss).optimizer(optimizer).learningRate(learningRate)
                .batchSize(batchSize).epochs((maxSteps + stepsPerEpoch - 1) / stepsPerEpoch).seed(seed)
                .progress(false).name("overfit " + tiny.size() + " examples")
                .callbacks(Callback.atEpochEnd((epoch, run) -> {
                    if (epoch.valAccuracy() >= target) {
                        run.stop();
                    }
                }))
                .fit(tiny, tiny);
        return new Overfit(tiny.size(), history.steps().rowCount(), history.last(History.VAL_ACCURACY),
                history.last(History.VAL_LOSS), target);
    }
}
