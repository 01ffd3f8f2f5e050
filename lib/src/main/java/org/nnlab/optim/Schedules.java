package org.nnlab.optim;

import org.nnlab.check.Require;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The learning-rate schedules (see {@link Schedule} for the clock: 0-based epoch, 0-based global
 * step). Rates must be finite and >= 0, decay factors in (0, 1]; settings are validated when the
 * schedule is made.
 */
public final class Schedules {
    private Schedules() {
    }

    /** Always {@code lr}. */
    public static Schedule constant(double lr) {
        Require.nonNegative("constant", "lr", lr);
        return (epoch, step, perEpoch) -> lr;
    }

    /** {@code lr * gamma^floor(epoch / every)}: multiplied by gamma every {@code every} epochs. */
    public static Schedule stepDecay(double lr, double gamma, int every) {
        Require.nonNegative("stepDecay", "lr", lr);
        Require.factor("stepDecay", "gamma", gamma);
        Require.atLeast("stepDecay", "every", every, 1);
        return (epoch, step, perEpoch) -> lr * Math.pow(gamma, Math.floorDiv(epoch, every));
    }

    /** {@code lr / (1 + decay * epoch)}. */
    public static Schedule inverseTime(double lr, double decay) {
        Require.nonNegative("inverseTime", "lr", lr);
        Require.nonNegative("inverseTime", "decay", decay);
        return (epoch, step, perEpoch) -> lr / (1 + decay * epoch);
    }

    /** {@code lr * gamma^epoch}. */
    public static Schedule exponential(double lr, double gamma) {
        Require.nonNegative("exponential", "lr", lr);
        Require.factor("exponential", "gamma", gamma);
        return (epoch, step, perEpoch) -> lr * Math.pow(gamma, epoch);
    }

    /**
     * Cosine annealing from {@code lr} down to {@code minLr} over {@code epochs} epochs, on fractional
     * epochs {@code f = step / stepsPerEpoch} (so the rate falls within an epoch too):
     * {@code minLr + (lr - minLr) (1 + cos(pi min(f / epochs, 1))) / 2}; {@code minLr} after the end.
     */
    public static Schedule cosine(double lr, double minLr, int epochs) {
        Require.nonNegative("cosine", "lr", lr);
        Require.nonNegative("cosine", "minLr", minLr);
        Require.that(minLr <= lr, "cosine", "minLr", "<= lr = " + lr, minLr);
        Require.atLeast("cosine", "epochs", epochs, 1);
        return (epoch, step, perEpoch) -> {
            double progress = Math.min(1, step / (double) perEpoch / epochs);
            return minLr + (lr - minLr) * (1 + Math.cos(Math.PI * progress)) / 2;
        };
    }

    /**
     * Cyclic learning rate, triangular policy (Smith 2017), on steps: rises linearly from {@code base}
     * at step 0 to {@code max} at step {@code halfCycle}, falls back to {@code base} at step
     * {@code 2 * halfCycle}, and repeats.
     */
    public static Schedule triangular(double base, double max, int halfCycle) {
        Require.nonNegative("triangular", "base", base);
        Require.nonNegative("triangular", "max", max);
        Require.that(max >= base, "triangular", "max", ">= base = " + base, max);
        Require.atLeast("triangular", "halfCycle", halfCycle, 1);
        return (epoch, step, perEpoch) -> {
            double position = (step % (2L * halfCycle)) / (double) halfCycle; // 0..2
            return base + (max - base) * (1 - Math.abs(position - 1));
        };
    }

    /** Linear warmup from 0 over {@code warmupSteps} steps: {@link #warmup(Schedule, int, double)} with start 0. */
    public static Schedule warmup(Schedule inner, int warmupSteps) {
        return warmup(inner, warmupSteps, 0);
    }

    /**
     * Linear warmup: {@code inner}'s rate times {@code start + (1 - start) * min(1, (step + 1) / warmupSteps)}.
     * The factor climbs from {@code start} (before the first step) in equal increments and is 1 from
     * step {@code warmupSteps - 1} on; the first step already takes one increment, so none runs at
     * rate 0. {@code start} is in [0, 1).
     */
    public static Schedule warmup(Schedule inner, int warmupSteps, double start) {
        Require.atLeast("warmup", "warmupSteps", warmupSteps, 1);
        Require.fraction("warmup", "start", start);
        return (epoch, step, perEpoch) -> {
            double ramp = Math.min(1, (step + 1) / (double) warmupSteps);
            return inner.rate(epoch, step, perEpoch) * (start + (1 - start) * ramp);
        };
    }

    /** The schedule's rate at every step of {@code epochs} epochs, indexed by global step. */
    public static double[] ratesPerStep(Schedule schedule, int epochs, int stepsPerEpoch) {
        Require.atLeast("ratesPerStep", "epochs", epochs, 1);
        Require.atLeast("ratesPerStep", "stepsPerEpoch", stepsPerEpoch, 1);
        double[] rates = new double[epochs * stepsPerEpoch];
        for (int step = 0; step < rates.length; step++) {
            rates[step] = schedule.rate(step / stepsPerEpoch, step, stepsPerEpoch);
        }
        return rates;
    }

    /** {@link #ratesPerStep} as a table for plotting: columns step, epoch, lr. */
    public static Table table(Schedule schedule, int epochs, int stepsPerEpoch) {
        double[] rates = ratesPerStep(schedule, epochs, stepsPerEpoch);
        LongColumn steps = LongColumn.create("step");
        IntColumn epochColumn = IntColumn.create("epoch");
        for (int step = 0; step < rates.length; step++) {
            steps.append(step);
            epochColumn.append(step / stepsPerEpoch);
        }
        return Table.create("learning-rate schedule", steps, epochColumn, DoubleColumn.create("lr", rates));
    }
}
