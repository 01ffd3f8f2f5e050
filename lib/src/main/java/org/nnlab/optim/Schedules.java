package org.nnlab.optim;

import org.nnlab.check.Require;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The learning-rate schedules (see {@link Schedule} for the clock: 0-based epoch, 0-based global
 * step). Rates must be finite and >= 0, decay factors in (0, 1]; settings are validated when the
 * schedule is made, and the clock (epoch, step >= 0, stepsPerEpoch >= 1) on every call. Each
 * schedule's {@link Schedule#description()} names it and its settings.
 */
public final class Schedules {
    private Schedules() {
    }

    /** Always {@code lr}. */
    public static Schedule constant(double lr) {
        Require.nonNegative("Schedules.constant", "lr", lr);
        return checked("constant(" + lr + ")", (epoch, step, perEpoch) -> lr);
    }

    /** {@code lr * gamma^floor(epoch / every)}: multiplied by gamma every {@code every} epochs. */
    public static Schedule stepDecay(double lr, double gamma, int every) {
        Require.nonNegative("Schedules.stepDecay", "lr", lr);
        Require.factor("Schedules.stepDecay", "gamma", gamma);
        Require.atLeast("Schedules.stepDecay", "every", every, 1);
        return checked("stepDecay(" + lr + ", gamma " + gamma + " every " + every + " epochs)",
                (epoch, step, perEpoch) -> lr * Math.pow(gamma, Math.floorDiv(epoch, every)));
    }

    /** {@code lr / (1 + decay * epoch)}. */
    public static Schedule inverseTime(double lr, double decay) {
        Require.nonNegative("Schedules.inverseTime", "lr", lr);
        Require.nonNegative("Schedules.inverseTime", "decay", decay);
        return checked("inverseTime(" + lr + ", decay " + decay + ")", (epoch, step, perEpoch) -> lr / (1 + decay * epoch));
    }

    /** {@code lr * gamma^epoch}. */
    public static Schedule exponential(double lr, double gamma) {
        Require.nonNegative("Schedules.exponential", "lr", lr);
        Require.factor("Schedules.exponential", "gamma", gamma);
        return checked("exponential(" + lr + ", gamma " + gamma + ")", (epoch, step, perEpoch) -> lr * Math.pow(gamma, epoch));
    }

    /**
     * Cosine annealing from {@code lr} down to {@code minLr} over {@code epochs} epochs, on fractional
     * epochs {@code f = step / stepsPerEpoch} (so the rate falls within an epoch too):
     * {@code minLr + (lr - minLr) (1 + cos(pi min(f / epochs, 1))) / 2}; {@code minLr} after the end.
     */
    public static Schedule cosine(double lr, double minLr, int epochs) {
        Require.nonNegative("Schedules.cosine", "lr", lr);
        Require.nonNegative("Schedules.cosine", "minLr", minLr);
        Require.that(minLr <= lr, "Schedules.cosine", "minLr", "<= lr = " + lr, minLr);
        Require.atLeast("Schedules.cosine", "epochs", epochs, 1);
        return checked("cosine(" + lr + " to " + minLr + " over " + epochs + " epochs)", (epoch, step, perEpoch) -> {
            double progress = Math.min(1, step / (double) perEpoch / epochs);
            return minLr + (lr - minLr) * (1 + Math.cos(Math.PI * progress)) / 2;
        });
    }

    /**
     * Cyclic learning rate, triangular policy (Smith 2017), on steps: rises linearly from {@code base}
     * at step 0 to {@code max} at step {@code halfCycle}, falls back to {@code base} at step
     * {@code 2 * halfCycle}, and repeats.
     */
    public static Schedule triangular(double base, double max, int halfCycle) {
        Require.nonNegative("Schedules.triangular", "base", base);
        Require.nonNegative("Schedules.triangular", "max", max);
        Require.that(max >= base, "Schedules.triangular", "max", ">= base = " + base, max);
        Require.atLeast("Schedules.triangular", "halfCycle", halfCycle, 1);
        return checked("triangular(" + base + " to " + max + ", half cycle " + halfCycle + " steps)", (epoch, step, perEpoch) -> {
            double position = (step % (2L * halfCycle)) / (double) halfCycle; // 0..2
            return base + (max - base) * (1 - Math.abs(position - 1));
        });
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
        Require.notNull("Schedules.warmup", "inner", inner);
        Require.atLeast("Schedules.warmup", "warmupSteps", warmupSteps, 1);
        Require.fraction("Schedules.warmup", "start", start);
        return checked("warmup(" + warmupSteps + " steps from " + start + ", then " + inner.description() + ")", (epoch, step, perEpoch) -> {
            double ramp = Math.min(1, (step + 1) / (double) warmupSteps);
            return inner.rate(epoch, step, perEpoch) * (start + (1 - start) * ramp);
        });
    }

    /** The most steps {@link #ratesPerStep} lists. */
    public static final int MAX_STEPS = Integer.MAX_VALUE - 8;

    /** A built-in schedule: checks the clock (epoch and step >= 0, stepsPerEpoch >= 1) and describes itself. */
    private record Checked(String description, Schedule rule) implements Schedule {
        @Override
        public double rate(int epoch, long step, int stepsPerEpoch) {
            Require.that(epoch >= 0, description, "epoch", ">= 0 (epochs count from 0)", epoch);
            Require.that(step >= 0, description, "step", ">= 0 (steps count from 0)", step);
            Require.that(stepsPerEpoch >= 1, description, "stepsPerEpoch", ">= 1", stepsPerEpoch);
            return rule.rate(epoch, step, stepsPerEpoch);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private static Schedule checked(String description, Schedule rule) {
        return new Checked(description, rule);
    }

    /** The schedule's rate at every step of {@code epochs} epochs, indexed by global step. */
    public static double[] ratesPerStep(Schedule schedule, int epochs, int stepsPerEpoch) {
        Require.notNull("Schedules.ratesPerStep", "schedule", schedule);
        Require.atLeast("Schedules.ratesPerStep", "epochs", epochs, 1);
        Require.atLeast("Schedules.ratesPerStep", "stepsPerEpoch", stepsPerEpoch, 1);
        long steps = (long) epochs * stepsPerEpoch;
        Require.that(steps <= MAX_STEPS, "Schedules.ratesPerStep", "epochs x stepsPerEpoch", "<= " + MAX_STEPS
                + " (one rate per step must fit in an array)", epochs + " x " + stepsPerEpoch + " = " + steps);
        double[] rates = new double[(int) steps];
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
