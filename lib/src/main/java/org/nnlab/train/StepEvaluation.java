package org.nnlab.train;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.check.Require;
import org.nnlab.data.Dataset;

/**
 * A callback that evaluates the network on a fixed data set (usually the validation set) before
 * the first step and after every {@code interval}-th optimizer step, in evaluation mode with the
 * run's loss: finer than one point per epoch, to see how fast runs learn and to count the steps
 * until a target accuracy ({@link #stepsTo}).
 *
 * <pre>{@code
 * StepEvaluation curve = StepEvaluation.every(10, validation);
 * Trainer.of(net)...callbacks(curve).fit(train);
 * curve.stepsTo(0.75)   // first measured step with validation accuracy >= 0.75, -1 if none
 * }</pre>
 */
public final class StepEvaluation implements Callback {
    private final int interval;
    private final Dataset data;
    private final List<Long> steps = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private TrainingControl run;

    private StepEvaluation(int interval, Dataset data) {
        Require.that(interval >= 1, "StepEvaluation.every", "interval", "at least 1 step", interval,
                "StepEvaluation.every(10, data) evaluates every 10th step");
        this.interval = interval;
        this.data = Require.notNull("StepEvaluation.every", "data", data);
    }

    /** Evaluates {@code data} at step 0 and after steps {@code interval, 2 interval, ...}. */
    public static StepEvaluation every(int interval, Dataset data) {
        return new StepEvaluation(interval, data);
    }

    @Override
    public void onTrainBegin(TrainingControl run) {
        this.run = run;
        steps.clear();
        evaluations.clear();
        record(0);
    }

    @Override
    public void afterUpdate(StepInfo step) {
        long done = step.step() + 1;
        if (done % interval == 0) {
            record(done);
        }
    }

    private void record(long step) {
        steps.add(step);
        evaluations.add(run.evaluate(data));
    }

    /** The steps measured: 0 (before training), then every {@code interval}-th step. */
    public double[] steps() {
        return steps.stream().mapToDouble(Long::doubleValue).toArray();
    }

    /** The loss at each measured step. */
    public double[] losses() {
        return evaluations.stream().mapToDouble(Evaluation::loss).toArray();
    }

    /** The accuracy at each measured step (NaN for regression). */
    public double[] accuracies() {
        return evaluations.stream().mapToDouble(Evaluation::accuracy).toArray();
    }

    /** The first measured step whose accuracy is at least {@code target}, or -1 if none reached it. */
    public int stepsTo(double target) {
        int measurement = Curves.firstReaching(accuracies(), target, true);
        return measurement < 0 ? -1 : steps.get(measurement - 1).intValue();
    }

    /** The mean accuracy of the last {@code count} measurements (fewer if fewer were taken). */
    public double meanOfLast(int count) {
        if (evaluations.isEmpty()) {
            throw new IllegalStateException("no step of " + data.name() + " evaluated yet: add this callback to a trainer and fit");
        }
        double[] accuracy = accuracies();
        int from = Math.max(0, accuracy.length - count);
        double sum = 0;
        for (int k = from; k < accuracy.length; k++) {
            sum += accuracy[k];
        }
        return sum / (accuracy.length - from);
    }
}
