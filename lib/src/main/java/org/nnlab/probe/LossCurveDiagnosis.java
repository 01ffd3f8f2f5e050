package org.nnlab.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.train.History;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads loss curves the way the lectures teach, and says what they show.
 *
 * <p>Rules (each a {@link Finding.Kind}; thresholds are the public constants below):
 * <ul>
 *   <li>not learning: the training loss ends within {@value #FLAT_FRACTION} (relative) of where it
 *       started and, for classification, near ln C (the loss of a uniform guess);</li>
 *   <li>learning rate too high: the loss becomes non-finite (in an epoch, or in a step: a run stopped
 *       by a {@link org.nnlab.train.TrainingDivergedException} keeps its history), a batch loss
 *       exceeds {@value #EXPLOSION_FACTOR} times the first one (an explosion, even if the loss then
 *       falls back, e.g. to ln C when the explosion killed the units), or the epoch loss ends more
 *       than {@value #RISE_FRACTION} (relative) above its start (divergence), or rises in at least {@value #OSCILLATION_FRACTION} of the epochs
 *       without a net decrease of half (oscillation), or its trend over the last
 *       {@value #PLATEAU_EPOCHS} epochs rises by more than {@value #RISING_TREND} of its level per
 *       epoch and, over those epochs, by more than {@value #RISE_FRACTION} of the first epoch's loss
 *       (least-squares slope: the loss is going back up at a constant rate, by an amount that
 *       matters; a loss bouncing near zero after a near-perfect fit does not count);</li>
 *   <li>numerical error: the loss becomes non-finite without blowing up first (the batch losses
 *       before it stayed below {@value #EXPLOSION_FACTOR} times the first, and the last
 *       {@value #RECENT_STEPS} of them were not above it), or at the very first step, before any
 *       update: a log, division or exponential in the code, not the rate, is the usual cause.
 *       Listed before "learning rate too high", which such a curve also gets (except at the first
 *       step), since a single step can in principle overflow;</li>
 *   <li>loss rises from the start: the per-step loss, smoothed ({@link StepBlocks}: the steps before
 *       any non-finite loss in at most {@value StepBlocks#COUNT} blocks), never falls more than
 *       {@value #FLAT_FRACTION} below its first block and its last quarter lies more than
 *       {@value #RISE_FRACTION} above it: the update climbs the loss from the first step, as with
 *       a reversed sign (gradient ascent) or a rate far too high; listed after any divergence
 *       finding, and the other rules are skipped;</li>
 *   <li>slow start: the smoothed per-step loss stays within {@value #FLAT_FRACTION} of its first
 *       block (above or below) for at least {@value #SLOW_START_SHARE} of the steps, leaves that band
 *       downwards, then falls by at least
 *       {@value #SLOW_START_FALL} of that start in a stretch of the same length (a flat stretch
 *       followed by a much faster fall, unlike a loss that falls slowly and steadily);</li>
 *   <li>learning rate too low: the loss falls in nearly every epoch but slowly (less than
 *       {@value #SLOW_TOTAL_DROP} relative overall) and the last epochs still fall at more than
 *       half the early rate, or by at least {@value #SLOW_LATE_FALL} of the loss per epoch (so that
 *       a fast first epoch, e.g. a miscalibrated output layer settling, does not hide a slow run):
 *       far from converged;</li>
 *   <li>overfitting: validation loss reaches its minimum before the last epochs and ends more than
 *       {@value #OVERFIT_RISE} (relative) above it, while training loss keeps falling;</li>
 *   <li>underfitting: training and validation loss end close (gap below {@value #CLOSE_GAP}) and
 *       high: the training loss kept more than {@value #HIGH_FRACTION} of its initial value;</li>
 *   <li>no shuffling: within-epoch position explains more than {@value #PERIODIC_SHARE} of the
 *       per-step loss variance beyond chance, after removing the trend (a centered moving average
 *       over one epoch), from at least 3 epochs;</li>
 *   <li>plateau: after an initial decrease, the trend of the training loss over the last
 *       {@value #PLATEAU_EPOCHS} epochs (least-squares slope, so that epoch-to-epoch noise does not
 *       hide a stall) falls by less than {@value #PLATEAU_CHANGE} of its level per epoch, the
 *       learning rate has not been lowered yet (the last rate is at least half the largest), and
 *       validation (or training) accuracy is still below 0.99;</li>
 *   <li>seed variance (several runs): the final validation (else training) loss varies across seeds
 *       with a coefficient of variation above {@value #SEED_CV}.</li>
 * </ul>
 * A history that does not allow a verdict is never called healthy: a {@code cannot judge} finding
 * says why (no runs, no finished epoch, a single epoch, a run aborted by an error or stopped inside
 * an epoch, a validation loss that is not finite everywhere) and which rules were skipped.
 */
public final class LossCurveDiagnosis {
    public static final double FLAT_FRACTION = 0.05;
    public static final double OSCILLATION_FRACTION = 0.4;
    public static final double EXPLOSION_FACTOR = 10;
    public static final double RISING_TREND = 0.02;
    public static final double RISE_FRACTION = 0.05;
    public static final int RECENT_STEPS = 5;
    public static final double SLOW_START_SHARE = 0.1;
    public static final double SLOW_START_FALL = 0.2;
    public static final double SLOW_TOTAL_DROP = 0.3;
    public static final double SLOW_LATE_FALL = 0.01;
    public static final double OVERFIT_RISE = 0.05;
    public static final double CLOSE_GAP = 0.1;
    public static final double HIGH_FRACTION = 0.6;
    public static final double PERIODIC_SHARE = 0.3;
    public static final double PLATEAU_CHANGE = 0.005;
    public static final int PLATEAU_EPOCHS = 5;
    public static final double SEED_CV = 0.1;

    private static final String NUMERICAL_ADVICE = "look for a log or a division of 0, or an overflowing exponential, in "
            + "hand-written code: a loss computed from probabilities needs an epsilon or clipping (log(p + eps)); a loss "
            + "computed from logits (Losses.softmaxCrossEntropy, binaryCrossEntropy) needs neither";

    private final List<Finding> findings;

    private LossCurveDiagnosis(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** Diagnoses one run. */
    public static LossCurveDiagnosis of(History history) {
        return new LossCurveDiagnosis(new Rules(history).apply());
    }

    /** Diagnoses several runs of the same setup (e.g. different seeds): each run's findings, merged, plus seed variance. */
    public static LossCurveDiagnosis of(List<History> runs) {
        List<Finding> all = new ArrayList<>();
        if (runs.isEmpty()) {
            all.add(new Finding(Finding.Kind.CANNOT_JUDGE, "no runs were given", "pass the histories of the runs to diagnose"));
        }
        for (History run : runs) {
            for (Finding f : new Rules(run).apply()) {
                if (all.stream().noneMatch(g -> g.kind() == f.kind())) {
                    all.add(f);
                }
            }
        }
        seedVariance(runs).ifPresent(all::add);
        return new LossCurveDiagnosis(all);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Whether a finding of this kind was made. */
    public boolean has(Finding.Kind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }

    /** True if nothing was found: the curves look healthy. */
    public boolean healthy() {
        return findings.isEmpty();
    }

    /** The findings as a table (finding, evidence, advice); one "healthy" row when there are none. */
    public Table table() {
        StringColumn kind = StringColumn.create("finding");
        StringColumn evidence = StringColumn.create("evidence");
        StringColumn advice = StringColumn.create("advice");
        if (findings.isEmpty()) {
            kind.append("healthy");
            evidence.append("no pattern of trouble in the curves");
            advice.append("carry on");
        }
        for (Finding f : findings) {
            kind.append(f.kind().label());
            evidence.append(f.evidence());
            advice.append(f.advice());
        }
        return Table.create("Loss-curve diagnosis", kind, evidence, advice);
    }

    /** The findings' labels, comma-separated, or "healthy" when there are none. */
    public String summary() {
        return healthy() ? "healthy" : String.join(", ", findings.stream().map(f -> f.kind().label()).toList());
    }

    /**
     * The findings of several named runs in one table (run, finding, evidence), one row per finding
     * and a "healthy" row for a run without findings, in the map's order.
     */
    public static Table table(Map<String, LossCurveDiagnosis> runs) {
        StringColumn run = StringColumn.create("run");
        Table all = Table.create("Loss-curve diagnosis", run, StringColumn.create("finding"), StringColumn.create("evidence"));
        runs.forEach((name, diagnosis) -> {
            Table one = diagnosis.table();
            for (int i = 0; i < one.rowCount(); i++) {
                run.append(name);
            }
            all.stringColumn("finding").append(one.stringColumn("finding"));
            all.stringColumn("evidence").append(one.stringColumn("evidence"));
        });
        return all;
    }

    @Override
    public String toString() {
        return table().printAll();
    }

    private static java.util.Optional<Finding> seedVariance(List<History> runs) {
        List<History> finished = runs.stream().filter(h -> h.size() > 0).toList();
        if (finished.size() < 2) {
            return java.util.Optional.empty();
        }
        boolean validation = finished.stream().allMatch(History::hasValidation);
        String column = validation ? History.VAL_LOSS : History.TRAIN_LOSS;
        double[] finals = finished.stream().mapToDouble(h -> h.last(column)).filter(Double::isFinite).toArray();
        if (finals.length < 2) {
            return java.util.Optional.empty();
        }
        double mean = Arrays.stream(finals).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(finals).map(v -> (v - mean) * (v - mean)).sum() / (finals.length - 1));
        double cv = sd / Math.abs(mean);
        if (!(cv > SEED_CV)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(Finding.Kind.SEED_VARIANCE,
                fmt("final %s across %d runs: mean %.4f, std %.4f (cv %.2f > %.2f)", column, finals.length, mean, sd, cv, SEED_CV),
                "report the mean and spread over seeds, not one run; compare settings only beyond the spread"));
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** The single-run rules, over one history's arrays. */
    private static final class Rules {
        private final History history;
        private final double[] train;
        private double[] val;
        private final List<Finding> found = new ArrayList<>();

        Rules(History history) {
            this.history = history;
            this.train = history.column(History.TRAIN_LOSS);
            this.val = history.hasValidation() ? history.column(History.VAL_LOSS) : null;
        }

        List<Finding> apply() {
            boolean diverged = diverged();
            if (risesFromStart() || diverged) {
                return found; // a loss going up, or blowing up, explains the rest of the curve
            }
            aborted();
            if (train.length < 2) {
                add(Finding.Kind.CANNOT_JUDGE, train.length == 0
                        ? fmt("no epoch finished (%d steps recorded): there is no curve to read", history.steps().rowCount())
                        : "only 1 epoch finished: every rule compares epochs",
                        "train for at least 2 epochs (4 or more for the learning-rate and plateau rules)");
                return found;
            }
            validationFinite();
            if (oscillates()) {
                return found; // the other rules assume a loss that settles
            }
            boolean flat = notLearning();
            if (!flat) {
                slowStart();
                tooSlow();
                overfitting();
                underfitting();
                plateau();
            }
            noShuffling();
            return found;
        }

        /** An aborted run, or steps recorded after the last finished epoch: the curve ends early. */
        private void aborted() {
            Table steps = history.steps();
            int lastStepEpoch = steps.rowCount() == 0 ? 0 : steps.intColumn(History.EPOCH).getInt(steps.rowCount() - 1);
            if (history.abortReason().isPresent()) {
                add(Finding.Kind.CANNOT_JUDGE, fmt("the run was aborted after %d finished epochs: %s", train.length,
                        history.abortReason().get()), "the findings cover only the epochs before the error; fix it and run again");
            } else if (lastStepEpoch > train.length) {
                add(Finding.Kind.CANNOT_JUDGE, fmt("the run stopped inside epoch %d (steps recorded, epoch not finished)", lastStepEpoch),
                        "the findings cover only the finished epochs; let the run finish to judge the rest");
            }
        }

        /** Drops a validation curve that is not finite everywhere, saying which rules that skips. */
        private void validationFinite() {
            double[] column = history.column(History.VAL_LOSS);
            if (Arrays.stream(column).allMatch(Double::isNaN)) {
                return; // no validation set
            }
            for (int e = 0; e < column.length; e++) {
                if (!Double.isFinite(column[e])) {
                    add(Finding.Kind.CANNOT_JUDGE, fmt("the validation loss is %s at epoch %d", column[e], e + 1),
                            "the validation rules (overfitting, underfitting) were skipped; check the validation inputs for"
                                    + " NaN or infinity, and the model for overflow in evaluation mode");
                    val = null;
                    return;
                }
            }
        }

        private double first() {
            return train[0];
        }

        private double last() {
            return train[train.length - 1];
        }

        private boolean diverged() {
            Table steps = history.steps();
            double[] stepLoss = steps.doubleColumn(History.LOSS).asDoubleArray();
            for (int e = 0; e < train.length; e++) {
                if (!Double.isFinite(train[e])) {
                    nonFinite(train[e], fmt("at epoch %d", e + 1), stepLoss.length > 0 ? stepLoss : train);
                    return true;
                }
            }
            for (int i = 0; i < stepLoss.length; i++) {
                if (!Double.isFinite(stepLoss[i])) {
                    nonFinite(stepLoss[i], fmt("at step %d (epoch %d)", steps.longColumn(History.STEP).getLong(i),
                            steps.intColumn(History.EPOCH).getInt(i)), stepLoss);
                    return true;
                }
            }
            int start = firstFinite(stepLoss);
            for (int i = start + 1; start >= 0 && i < stepLoss.length; i++) {
                if (stepLoss[i] > EXPLOSION_FACTOR * Math.abs(stepLoss[start])) {
                    add(Finding.Kind.LEARNING_RATE_TOO_HIGH, fmt("the batch loss exploded from %.4g to %.4g at step %d (epoch %d)%s",
                            stepLoss[start], stepLoss[i], steps.longColumn(History.STEP).getLong(i), steps.intColumn(History.EPOCH).getInt(i),
                            train.length > 0 && nearUniformGuess(last()) ? fmt(" and ended at %.4f, the loss of a uniform guess: the units died", last()) : ""),
                            "lower the learning rate (try 10x smaller) or add warmup");
                    return true;
                }
            }
            if (train.length >= 2 && last() > first() * (1 + RISE_FRACTION)) {
                add(Finding.Kind.LEARNING_RATE_TOO_HIGH, fmt("training loss rose from %.4f to %.4f", first(), last()),
                        "lower the learning rate (try 3-10x smaller)");
                return true;
            }
            return false;
        }

        /**
         * The findings for a loss that became {@code value} {@code where}: a numerical error when the
         * losses before it (the finite prefix of {@code losses}, per step or else per epoch) did not
         * blow up first, and "learning rate too high" unless it happened before any update.
         */
        private void nonFinite(double value, String where, double[] losses) {
            double[] before = Arrays.copyOf(losses, firstNonFinite(losses));
            String rateAdvice = "lower the learning rate (try 3-10x smaller) or add warmup";
            if (before.length == 0) {
                add(Finding.Kind.NUMERICAL_ERROR, fmt("the training loss became %s %s, the first step, before any update: "
                        + "the learning rate cannot be the cause", value, where), NUMERICAL_ADVICE);
                return;
            }
            double first = before[0];
            double peak = Arrays.stream(before).max().orElseThrow();
            double recent = Arrays.stream(before, Math.max(0, before.length - RECENT_STEPS), before.length).average().orElseThrow();
            if (peak <= EXPLOSION_FACTOR * Math.abs(first) && recent <= first * (1 + RISE_FRACTION)) {
                add(Finding.Kind.NUMERICAL_ERROR, fmt("the training loss became %s %s without blowing up first: it went from %.4g to "
                        + "%.4g just before (largest %.4g)", value, where, first, recent, peak), NUMERICAL_ADVICE);
                rateAdvice = "if no log, division or exponential in the code is to blame: " + rateAdvice;
            }
            add(Finding.Kind.LEARNING_RATE_TOO_HIGH, fmt("the training loss became %s %s", value, where), rateAdvice);
        }

        private static int firstNonFinite(double[] values) {
            int i = 0;
            while (i < values.length && Double.isFinite(values[i])) {
                i++;
            }
            return i;
        }

        /** Loss rises from the start: see the class comment. Needs at least 4 finite steps. */
        private boolean risesFromStart() {
            StepBlocks blocks = StepBlocks.of(history.steps().doubleColumn(History.LOSS).asDoubleArray());
            int n = blocks.count();
            if (n < 4 || blocks.firstBelow((1 - FLAT_FRACTION) * blocks.start()) < n) {
                return false;
            }
            double end = blocks.mean(n - n / 4, n);
            if (end > (1 + RISE_FRACTION) * blocks.start()) {
                add(Finding.Kind.LOSS_RISES, fmt("the batch loss never fell below %.0f%% of where it started (%.4g, the mean of the "
                        + "first %d steps) and rose to %.4g over the last quarter of the steps", 100 * (1 - FLAT_FRACTION),
                        blocks.start(), blocks.blockSize(), end),
                        "check the sign of the update first (w <- w - rate * gradient; a '+' climbs the loss, at any rate); "
                                + "if the sign is right, the rate is far too high: a 10x smaller rate cures a rate, not a sign");
                return true;
            }
            return false;
        }

        /** Slow start: see the class comment. Needs at least 10 finite steps. */
        private void slowStart() {
            StepBlocks blocks = StepBlocks.of(history.steps().doubleColumn(History.LOSS).asDoubleArray());
            int n = blocks.count();
            if (n < 10) {
                return;
            }
            int flat = blocks.firstOutside((1 - FLAT_FRACTION) * blocks.start(), (1 + FLAT_FRACTION) * blocks.start());
            if (flat < SLOW_START_SHARE * n || flat >= n || blocks.means()[flat] > blocks.start()) {
                return; // not flat for long, flat to the end, or left the band upwards (a jumpy start, not a flat one)
            }
            int after = Math.min(n - 1, 2 * flat - 1);
            double fall = (blocks.means()[flat - 1] - blocks.means()[after]) / blocks.start();
            if (fall >= SLOW_START_FALL) {
                add(Finding.Kind.SLOW_START, fmt("the batch loss stayed within %.0f%% of its start (%.4g) for the first %d steps "
                        + "(%.0f%% of the run), then fell by %.0f%% of it in the next %d", 100 * FLAT_FRACTION, blocks.start(),
                        flat * blocks.blockSize(), 100.0 * flat / n, 100 * fall, (after - flat + 1) * blocks.blockSize()),
                        "often an initialization that is too small (the signal and the gradients start tiny): waiting may do, "
                                + "but the initialization suited to the activation (He for ReLU, Xavier for tanh) starts at once");
            }
        }

        private static int firstFinite(double[] values) {
            for (int i = 0; i < values.length; i++) {
                if (Double.isFinite(values[i])) {
                    return i;
                }
            }
            return -1;
        }

        private boolean oscillates() {
            int rises = 0;
            for (int e = 1; e < train.length; e++) {
                if (train[e] > train[e - 1]) {
                    rises++;
                }
            }
            double share = rises / (double) (train.length - 1);
            if (train.length >= 4 && share >= OSCILLATION_FRACTION && last() > 0.5 * first() && !nearUniformGuess(last())) {
                add(Finding.Kind.LEARNING_RATE_TOO_HIGH,
                        fmt("the loss rose in %d of %d epochs and only fell from %.4f to %.4f", rises, train.length - 1, first(), last()),
                        "lower the learning rate, or decay it");
                return true;
            }
            int n = train.length;
            if (n > PLATEAU_EPOCHS && !nearUniformGuess(last())) {
                double[] window = Arrays.copyOfRange(train, n - PLATEAU_EPOCHS, n);
                double slope = slope(window), risePerEpoch = slope / Arrays.stream(window).average().orElseThrow();
                if (risePerEpoch > RISING_TREND && slope * (PLATEAU_EPOCHS - 1) > RISE_FRACTION * first()) {
                    add(Finding.Kind.LEARNING_RATE_TOO_HIGH, fmt("over the last %d epochs the training loss trend rose by %.1f%% per epoch "
                            + "(least-squares slope; now %.4f, lowest %.4f)", PLATEAU_EPOCHS, 100 * risePerEpoch, last(),
                            Arrays.stream(train).min().orElseThrow()), "lower the learning rate, or decay it");
                    return true;
                }
            }
            return false;
        }

        private boolean nearUniformGuess(double loss) {
            int classes = history.numClasses();
            return classes >= 2 && Math.abs(loss - Math.log(classes)) < 0.1 * Math.log(classes);
        }

        private boolean notLearning() {
            double drop = (first() - last()) / Math.abs(first());
            int classes = history.numClasses();
            boolean nearGuess = classes < 2 || nearUniformGuess(last());
            if (drop < FLAT_FRACTION && nearGuess) {
                add(Finding.Kind.NOT_LEARNING,
                        classes >= 2 ? fmt("training loss %.4f -> %.4f stays near ln %d = %.4f", first(), last(), classes, Math.log(classes))
                                : fmt("training loss %.4f -> %.4f (%.1f%% drop)", first(), last(), 100 * drop),
                        "check the gradients (gradient check), the learning rate (too low or far too high), the initialization and the labels");
                return true;
            }
            return false;
        }

        private void tooSlow() {
            int n = train.length;
            if (n < 4) {
                return;
            }
            int falls = 0;
            for (int e = 1; e < n; e++) {
                if (train[e] < train[e - 1]) {
                    falls++;
                }
            }
            double totalDrop = (first() - last()) / first();
            double earlyRate = (train[0] - train[Math.min(2, n - 1)]) / Math.min(2, n - 1);
            double lateRate = (train[n - 3] - train[n - 1]) / 2;
            boolean stillFalling = lateRate > 0.5 * earlyRate || lateRate >= SLOW_LATE_FALL * last();
            if (falls >= n - 2 && totalDrop < SLOW_TOTAL_DROP && stillFalling) {
                add(Finding.Kind.LEARNING_RATE_TOO_LOW,
                        fmt("training loss fell in %d of %d epochs but only %.1f%% overall (%.4f -> %.4f), still falling at the end (%.1f%% per epoch)",
                                falls, n - 1, 100 * totalDrop, first(), last(), 100 * lateRate / last()),
                        "raise the learning rate (try 3-10x larger) or train longer");
            }
        }

        private void overfitting() {
            if (val == null || val.length < 3) {
                return;
            }
            int best = argmin(val);
            double rise = (val[val.length - 1] - val[best]) / val[best];
            boolean trainStillFalling = train[train.length - 1] < train[best];
            if (best < val.length - 1 && rise > OVERFIT_RISE && trainStillFalling) {
                double gap = val[val.length - 1] - history.last(History.DATA_LOSS);
                add(Finding.Kind.OVERFITTING,
                        fmt("validation loss was lowest at epoch %d (%.4f) and ended %.0f%% higher (%.4f); final gap to training data loss %.4f",
                                best + 1, val[best], 100 * rise, val[val.length - 1], gap),
                        fmt("stop early (around epoch %d), add regularization (weight decay, dropout), augment or get more data, or shrink the model", best + 1));
            }
        }

        private void underfitting() {
            if (val == null) {
                return;
            }
            double trainLast = history.last(History.DATA_LOSS);
            double valLast = val[val.length - 1];
            double gap = Math.abs(valLast - trainLast) / trainLast;
            if (gap < CLOSE_GAP && trainLast > HIGH_FRACTION * history.column(History.DATA_LOSS)[0]) {
                add(Finding.Kind.UNDERFITTING,
                        fmt("training %.4f and validation %.4f end close (%.1f%% apart) and high (%.0f%% of the initial %.4f)",
                                trainLast, valLast, 100 * gap, 100 * trainLast / history.column(History.DATA_LOSS)[0],
                                history.column(History.DATA_LOSS)[0]),
                        "use a bigger model, train longer, or lower the regularization");
            }
        }

        private void plateau() {
            int n = train.length;
            if (n < PLATEAU_EPOCHS + 1 || train[n - PLATEAU_EPOCHS] >= first()) {
                return;
            }
            double[] window = Arrays.copyOfRange(train, n - PLATEAU_EPOCHS, n);
            double level = Arrays.stream(window).average().orElseThrow();
            double dropPerEpoch = -slope(window) / level;
            double[] rates = history.column(History.LR);
            double largestRate = Arrays.stream(rates).max().orElseThrow();
            boolean rateLowered = rates[n - 1] < 0.5 * largestRate;
            String accuracyColumn = history.hasValidation() ? History.VAL_ACCURACY : History.TRAIN_ACCURACY;
            double accuracy = history.last(accuracyColumn);
            boolean unfinished = Double.isNaN(accuracy) || accuracy < 0.99;
            if (dropPerEpoch < PLATEAU_CHANGE && !rateLowered && unfinished) {
                add(Finding.Kind.PLATEAU,
                        fmt("over the last %d epochs the training loss trend fell by %.2f%% per epoch (least-squares slope; now %.4f) "
                                + "at an unlowered learning rate of %.3g", PLATEAU_EPOCHS, 100 * dropPerEpoch, last(), rates[n - 1]),
                        "decay the learning rate (step decay, cosine, or ReduceLROnPlateau)");
            }
        }

        /** The least-squares slope of {@code values} against their index. */
        private static double slope(double[] values) {
            double meanX = (values.length - 1) / 2.0;
            double meanY = Arrays.stream(values).average().orElseThrow();
            double covariance = 0;
            double varianceX = 0;
            for (int i = 0; i < values.length; i++) {
                covariance += (i - meanX) * (values[i] - meanY);
                varianceX += (i - meanX) * (i - meanX);
            }
            return covariance / varianceX;
        }

        private void noShuffling() {
            Table steps = history.steps();
            if (steps.rowCount() == 0) {
                return;
            }
            int[] epochOf = steps.intColumn(History.EPOCH).asIntArray();
            double[] loss = steps.doubleColumn(History.LOSS).asDoubleArray();
            PeriodicShare share = PeriodicShare.of(epochOf, loss);
            if (share.epochs() >= 3 && share.value() > PERIODIC_SHARE) {
                add(Finding.Kind.NO_SHUFFLING,
                        fmt("the position within the epoch explains %.0f%% of the detrended per-step loss variance (beyond chance) over %d epochs",
                                100 * share.value(), share.epochs()),
                        "shuffle the training data every epoch");
            }
        }

        private void add(Finding.Kind kind, String evidence, String advice) {
            found.add(new Finding(kind, evidence, advice));
        }

        private static int argmin(double[] values) {
            int best = 0;
            for (int i = 1; i < values.length; i++) {
                if (values[i] < values[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
