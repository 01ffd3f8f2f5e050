package org.nnlab.jupyter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nnlab.train.Callback;
import org.nnlab.train.EpochResult;
import org.nnlab.train.History;
import org.nnlab.train.StepInfo;
import org.nnlab.train.TrainingControl;

/**
 * A training progress line (epoch, step, loss, accuracy, time left) that updates one notebook
 * output in place, at most every {@value #MIN_INTERVAL_MS} ms, plus an optional loss curve redrawn
 * after every epoch. When the run ends the line is replaced by a one-line summary, so an executed
 * notebook keeps a single static output per view.
 */
final class NotebookProgress implements Callback {
    private static final long MIN_INTERVAL_MS = 500;

    private final NotebookOutput output;
    private final boolean liveCurve;
    private final String lineId;
    private final String curveId;
    private final String title;
    private int epochs;
    private int stepsPerEpoch;
    private long startedNanos;
    private long lastUpdateNanos;
    private String lastEpochSummary = "";

    NotebookProgress(NotebookOutput output, String title, boolean liveCurve, String serial) {
        this.output = output;
        this.title = title;
        this.liveCurve = liveCurve;
        this.lineId = "nnlab-progress-" + serial;
        this.curveId = "nnlab-progress-curve-" + serial;
    }

    @Override
    public void onTrainBegin(TrainingControl run) {
        this.startedNanos = System.nanoTime();
        show(lineId, line("starting"), false);
    }

    @Override
    public void afterUpdate(StepInfo info) {
        epochs = info.epochs();
        stepsPerEpoch = info.stepsPerEpoch();
        long step = info.step() + 1;
        long now = System.nanoTime();
        if ((now - lastUpdateNanos) / 1_000_000 < MIN_INTERVAL_MS) {
            return;
        }
        lastUpdateNanos = now;
        long total = (long) epochs * stepsPerEpoch;
        double elapsed = (now - startedNanos) / 1e9;
        double left = step > 0 ? elapsed * (total - step) / step : Double.NaN;
        show(lineId, line(String.format(Locale.ROOT, "epoch %d/%d · step %d/%d · loss %.4f%s · %s",
                info.epoch(), epochs, step, total, info.loss(), lastEpochSummary, timeLeft(left))), true);
    }

    @Override
    public void onEpochEnd(EpochResult result, TrainingControl run) {
        lastEpochSummary = Double.isNaN(result.valLoss()) ? ""
                : String.format(Locale.ROOT, " · last val loss %.4f", result.valLoss());
        if (liveCurve) {
            show(curveId, run.history().plot(), result.epoch() > 1);
        }
    }

    @Override
    public void onTrainEnd(TrainingControl run) {
        History history = run.history();
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d epochs in %.1f s", history.size(), seconds));
        if (history.size() > 0) {
            text.append(String.format(Locale.ROOT, " · train loss %.4f", history.last(History.TRAIN_LOSS)));
            if (history.hasValidation()) {
                text.append(String.format(Locale.ROOT, " · val loss %.4f", history.last(History.VAL_LOSS)));
            }
            double accuracy = history.last(history.hasValidation() ? History.VAL_ACCURACY : History.TRAIN_ACCURACY);
            if (!Double.isNaN(accuracy)) {
                text.append(String.format(Locale.ROOT, " · accuracy %.3f", accuracy));
            }
        }
        show(lineId, line(text.toString()), true);
    }

    @Override
    public void onTrainFailed(RuntimeException failure, TrainingControl run) {
        show(lineId, line("stopped: " + failure.getMessage()), true);
    }

    private String line(String status) {
        return (title == null || title.isBlank() ? "training" : title) + ": " + status;
    }

    private static String timeLeft(double seconds) {
        if (Double.isNaN(seconds)) {
            return "estimating time left";
        }
        return seconds < 90 ? String.format(Locale.ROOT, "%.0f s left", seconds)
                : String.format(Locale.ROOT, "%.1f min left", seconds / 60);
    }

    private void show(String id, Object content, boolean replace) {
        output.show(id, content instanceof String text ? textBundle(text) : Renderables.bundleOf(content), replace);
    }

    private static Map<String, Object> textBundle(String text) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/plain", text);
        bundle.put("text/html", "<pre class=\"nnlab-progress\">" + Html.escape(text) + "</pre>");
        return bundle;
    }
}
