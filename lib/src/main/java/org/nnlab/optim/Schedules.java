package org.nnlab.optim;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/** The learning-rate schedules. Rates and factors are validated when the schedule is made. */
public final class Schedules {
    private Schedules() {
    }

    /** Always {@code lr}. */
    public static Schedule constant(double lr) {
        requireRate("lr", lr);
        return (epoch, step, perEpoch) -> lr;
    }

    /** {@code lr * gamma^floor(epoch / every)}: times gamma every {@code every} epochs. */
    public static Schedule stepDecay(double lr, double gamma, int every) {
        requireRate("lr", lr);
        requireFactor("gamma", gamma);
        if (every < 1) {
            throw new IllegalArgumentException("every must be >= 1 epoch, got " + every);
        }
        return (epoch, step, perEpoch) -> lr * Math.pow(gamma, Math.floorDiv(epoch, every));
    }

    /** {@code lr / (1 + decay * epoch)}. */
    public static Schedule inverseTime(double lr, double decay) {
        requireRate("lr", lr);
        requireRate("decay", decay);
        return (epoch, step, perEpoch) -> lr / (1 + decay * epoch);
    }

    /** {@code lr * gamma^epoch}. */
    public static Schedule exponential(double lr, double gamma) {
        requireRate("lr", lr);
        requireFactor("gamma", gamma);
        return (epoch, step, perEpoch) -> lr * Math.pow(gamma, epoch);
    }

    /**
     * Cosine annealing from {@code lr} to {@code minLr} over {@code epochs} epochs, on fractional
     * epochs {@code f = step / stepsPerEpoch}: {@code minLr + (lr - minLr) (1 + cos(pi min(f/epochs, 1))) / 2}.
     */
    public static Schedule cosine(double lr, double minLr, int epochs) {
        requireRate("lr", lr);
        requireRate("minLr", minLr);
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        return (epoch, step, perEpoch) -> {
            double progress = Math.min(1, step / (double) perEpoch / epochs);
            return minLr + (lr - minLr) * (1 + Math.cos(Math.PI * progress)) / 2;
        };
    }

    /**
     * Cyclic learning rate, triangular policy (Smith 2017): rises linearly from {@code base} to
     * {@code max} over {@code halfCycle} steps, falls back over the next {@code halfCycle}, repeats.
     */
    public static Schedule triangular(double base, double max, int halfCycle) {
        requireRate("base", base);
        requireRate("max", max);
        if (halfCycle < 1) {
            throw new IllegalArgumentException("halfCycle must be >= 1 step, got " + halfCycle);
        }
        return (epoch, step, perEpoch) -> {
            double position = (step % (2L * halfCycle)) / (double) halfCycle; // 0..2
            return base + (max - base) * (1 - Math.abs(position - 1));
        };
    }

    /** Linear warmup: {@code inner} times (step + 1) / warmupSteps for the first steps, then {@code inner}. */
    public static Schedule warmup(Schedule inner, int warmupSteps) {
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("warmupSteps must be >= 1, got " + warmupSteps);
        }
        return (epoch, step, perEpoch) -> inner.rate(epoch, step, perEpoch) * Math.min(1, (step + 1) / (double) warmupSteps);
    }

    /** The schedule's rate at every step of {@code epochs} epochs: step, epoch, lr. */
    public static Table table(Schedule schedule, int epochs, int stepsPerEpoch) {
        LongColumn steps = LongColumn.create("step");
        IntColumn epochColumn = IntColumn.create("epoch");
        DoubleColumn rates = DoubleColumn.create("lr");
        long step = 0;
        for (int e = 0; e < epochs; e++) {
            for (int s = 0; s < stepsPerEpoch; s++, step++) {
                steps.append(step);
                epochColumn.append(e);
                rates.append(schedule.rate(e, step, stepsPerEpoch));
            }
        }
        return Table.create("learning-rate schedule", steps, epochColumn, rates);
    }

    private static void requireRate(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    private static void requireFactor(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }
}
