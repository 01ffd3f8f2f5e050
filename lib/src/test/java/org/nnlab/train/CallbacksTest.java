package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;

/** Callbacks driven by hand-made epoch results through a stand-in training control. */
class CallbacksTest {

    private static final class OneWeight implements Layer {
        final Param w = Param.trainable("w", Param.Role.WEIGHT, 1, 1);

        @Override public String name() { return "one"; }
        @Override public void setName(String name) { }
        @Override public int outputSize(int inputSize) { return 1; }
        @Override public DMatrixRMaj forward(DMatrixRMaj input, Mode mode) { return input; }
        @Override public DMatrixRMaj backward(DMatrixRMaj gradOutput) { return gradOutput; }
        @Override public List<Param> params() { return List.of(w); }
    }

    private static final class Control implements TrainingControl {
        final OneWeight network = new OneWeight();
        boolean stopped;
        double scale = 1;
        double baseRate = 0.1;

        final History history = new History("callbacks", 2);

        @Override public Layer network() { return network; }
        @Override public History history() { return history; }
        @Override public boolean hasValidation() { return true; }
        @Override public boolean isClassification() { return true; }
        @Override public Evaluation evaluate(org.nnlab.data.Dataset data) { throw new UnsupportedOperationException(); }
        @Override public void stop() { stopped = true; }
        @Override public double learningRateScale() { return scale; }
        @Override public void setLearningRateScale(double s) { scale = s; }
        @Override public double learningRate() { return baseRate * scale; }
    }

    private static EpochResult epoch(int e, double valLoss) {
        return new EpochResult(e, 1.0 / e, 0, 0.5, valLoss, 0.5, 0.1, 1);
    }

    @Test
    void earlyStoppingWaitsForPatienceThenRestoresTheBestWeights() {
        EarlyStopping stopping = EarlyStopping.onValidationLoss(2);
        Control control = new Control();
        stopping.onTrainBegin(control);
        double[] val = {1.0, 0.8, 0.7, 0.75, 0.72, 0.71};
        int e = 0;
        while (!control.stopped && e < val.length) {
            control.network.w.value().data[0] = e + 1; // the "weights" of epoch e+1
            stopping.onEpochEnd(epoch(e + 1, val[e]), control);
            e++;
        }
        assertTrue(control.stopped);
        assertEquals(5, stopping.stoppedEpoch());
        assertEquals(3, stopping.bestEpoch());
        assertEquals(0.7, stopping.bestValue());
        stopping.onTrainEnd(control);
        assertEquals(3.0, control.network.w.value().data[0], "weights of the best epoch are back");
    }

    @Test
    void earlyStoppingHonoursMinDelta() {
        EarlyStopping stopping = new EarlyStopping(History.VAL_LOSS, 2, 0.05, false);
        Control control = new Control();
        stopping.onTrainBegin(control);
        stopping.onEpochEnd(epoch(1, 1.0), control);
        stopping.onEpochEnd(epoch(2, 0.97), control); // improvement smaller than min delta
        stopping.onEpochEnd(epoch(3, 0.96), control);
        assertTrue(control.stopped);
        assertEquals(1, stopping.bestEpoch());
    }

    @Test
    void earlyStoppingOnAccuracyMaximizes() {
        EarlyStopping stopping = new EarlyStopping(History.VAL_ACCURACY, 1, 0, false);
        Control control = new Control();
        stopping.onTrainBegin(control);
        stopping.onEpochEnd(new EpochResult(1, 1, 0, 0.5, 1, 0.6, 0.1, 1), control);
        stopping.onEpochEnd(new EpochResult(2, 1, 0, 0.5, 1, 0.7, 0.1, 1), control);
        assertFalse(control.stopped);
        stopping.onEpochEnd(new EpochResult(3, 1, 0, 0.5, 1, 0.65, 0.1, 1), control);
        assertTrue(control.stopped);
        assertEquals(2, stopping.bestEpoch());
    }

    @Test
    void reduceOnPlateauLowersTheRateAfterPatienceAndRespectsTheFloorAndCooldown() {
        ReduceLROnPlateau reduce = new ReduceLROnPlateau(History.VAL_LOSS, 0.5, 2, 0, 1, 0.02);
        Control control = new Control();
        reduce.onTrainBegin(control);
        double[] val = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
        double[] expectedRate = {0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.02, 0.02};
        for (int e = 0; e < val.length; e++) {
            reduce.onEpochEnd(epoch(e + 1, val[e]), control);
            assertEquals(expectedRate[e], control.learningRate(), 1e-12, "after epoch " + (e + 1));
        }
        assertEquals(3, reduce.reductions());
    }

    @Test
    void monitoringAMissingValidationMetricFailsClearly() {
        EarlyStopping stopping = EarlyStopping.onValidationLoss(3);
        Control control = new Control();
        stopping.onTrainBegin(control);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> stopping.onEpochEnd(epoch(1, Double.NaN), control));
        assertTrue(e.getMessage().contains("no validation set"), e.getMessage());
    }

    @Test
    void invalidSettingsFailAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> EarlyStopping.onValidationLoss(0));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(History.VAL_LOSS, 2, -1, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReduceLROnPlateau.onValidationLoss(1.5, 2));
        assertTrue(e.getMessage().contains("factor") && e.getMessage().contains("1.5"));
    }
}
