package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizers;

/** Bad input to the train package: it fails before any work, names the value and the fix, and loses nothing. */
class BadInputTest {
    @TempDir
    Path dir;

    private static Sequential withDropout() {
        return Sequential.builder(10).dense(16, Init.he()).relu().dropout(0.5).dense(3, Init.xavier()).build();
    }

    private static Trainer quiet(Sequential net) {
        return Trainer.of(net).optimizer(Optimizers.sgd()).learningRate(0.05).epochs(2).batchSize(16).seed(3).progress(false);
    }

    private static DMatrixRMaj weights(Sequential net) {
        return net.params().get(0).value().copy();
    }

    @Test
    void aLoadedNetworkIsReadyAndFitDoesNotOverwriteIt() {
        Sequential saved = withDropout();
        saved.initialize(11);
        Path file = dir.resolve("model.nnlab");
        ModelFile.save(saved, file);
        DMatrixRMaj x = TrainerTest.blobs(20, 1).x();
        DMatrixRMaj expected = quiet(saved).predict(x);

        Sequential loaded = withDropout();
        ModelFile.load(loaded, file);
        assertArrayEquals(expected.data, quiet(loaded).predict(x).data, "predict works on the loaded weights");
        Trainer frozen = quiet(loaded).learningRate(0).epochs(1);
        frozen.fit(TrainerTest.blobs(48, 2));
        assertArrayEquals(weights(saved).data, weights(loaded).data, "fit keeps loaded weights (rate 0: no change)");
    }

    @Test
    void modelFilesFromAnotherActivationANeverInitializedNetworkAndDirectoriesAreRefused() throws Exception {
        Sequential relu = Sequential.builder(4).dense(3, Init.he()).relu().dense(2, Init.xavier()).build();
        relu.initialize(1);
        Path file = dir.resolve("relu.nnlab");
        ModelFile.save(relu, file);
        Sequential sigmoid = Sequential.builder(4).dense(3, Init.he()).sigmoid().dense(2, Init.xavier()).build();
        ModelFileException other = assertThrows(ModelFileException.class, () -> ModelFile.load(sigmoid, file));
        assertTrue(other.getMessage().contains("another architecture") && other.getMessage().contains("relu_1 ReLU")
                && other.getMessage().contains("sigmoid_1 Sigmoid"), other.getMessage());

        Sequential fresh = Sequential.builder(4).dense(3, Init.he()).build();
        IllegalArgumentException unset = assertThrows(IllegalArgumentException.class, () -> ModelFile.save(fresh, dir.resolve("x")));
        assertEquals("ModelFile.save: the network must be initialized (weights drawn, loaded or set), got dense_1.W never set;"
                + " call network.initialize(seed), train it or load it before saving", unset.getMessage());

        ModelFileException directory = assertThrows(ModelFileException.class, () -> ModelFile.load(relu, dir));
        assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());

        Path missing = dir.resolve("no/such/dir/model.nnlab");
        ModelFileException write = assertThrows(ModelFileException.class, () -> ModelFile.save(relu, missing));
        assertTrue(write.getMessage().startsWith(missing + ": cannot write") && !write.getMessage().contains(".tmp"),
                write.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the model");
        }
    }

    @Test
    void nonFiniteInputsAreRefusedBeforeAnyWorkWithTheirRowAndColumn() {
        Dataset train = TrainerTest.blobs(40, 1);
        train.x().set(17, 3, Double.NaN);
        Sequential net = withDropout();
        IllegalArgumentException fit = assertThrows(IllegalArgumentException.class, () -> quiet(net).fit(train));
        assertEquals("Trainer.fit: the inputs of blobs must be finite numbers, got NaN at row 17, column 3 (of 40x10, rows and"
                + " columns from 0); remove or replace non-finite values (e.g. missing data) before training or predicting",
                fit.getMessage());
        assertFalse(net.isInitialized(), "nothing was done");
        net.initialize(1);
        IllegalArgumentException evaluate = assertThrows(IllegalArgumentException.class, () -> quiet(net).evaluate(train));
        assertTrue(evaluate.getMessage().startsWith("Trainer.evaluate: the inputs of blobs must be finite"), evaluate.getMessage());
        DMatrixRMaj x = new DMatrixRMaj(2, 10);
        x.set(1, 9, Double.POSITIVE_INFINITY);
        IllegalArgumentException predict = assertThrows(IllegalArgumentException.class, () -> quiet(net).predict(x));
        assertTrue(predict.getMessage().contains("Infinity at row 1, column 9"), predict.getMessage());
    }

    @Test
    void callbackMetricsAreCheckedBeforeTheFirstStep() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> new EarlyStopping("val_los", 2, 0, true));
        assertEquals("EarlyStopping: the metric must be one of [train_loss, data_loss, penalty, train_accuracy, val_loss,"
                + " val_accuracy], got 'val_los'", typo.getMessage());
        Sequential net = withDropout();
        IllegalArgumentException noValidation = assertThrows(IllegalArgumentException.class,
                () -> quiet(net).callbacks(EarlyStopping.onValidationLoss(2)).fit(TrainerTest.blobs(40, 1)));
        assertEquals("EarlyStopping: the metric must be one that this fit computes, got 'val_loss' without validation data;"
                + " pass validation data, fit(train, validation), or watch train_loss", noValidation.getMessage());
    }

    @Test
    void aBatchNormNetworkWhoseLastBatchWouldHoldOneRowIsRefusedWithAFix() {
        Sequential net = TrainerTest.network();
        Dataset train = TrainerTest.blobs(33, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quiet(net).fit(train));
        assertEquals("Trainer.fit: batchSize must be one that leaves no batch of 1 row, since batch norm (batch_norm_1) cannot"
                + " estimate a variance from one row, got 16 (33 examples in blobs leave a batch of 1 row); use batchSize 17,"
                + " or drop or add an example", e.getMessage());
        assertFalse(net.isInitialized(), "refused before any work");
    }

    @Test
    void anAugmentationThatMakesNaNIsNamedAsTheInputAndTheHistoryIsKept() {
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> quiet(withDropout())
                .augmentation((x, rng) -> x.set(0, 0, Double.NaN)).fit(TrainerTest.blobs(40, 1)));
        assertEquals(TrainingDivergedException.Source.INPUT, e.source());
        assertEquals("input", e.layer());
        assertTrue(e.getMessage().contains("in the input batch") && e.getMessage().contains("augmentation"), e.getMessage());
        assertEquals(1, e.history().steps().rowCount());
    }

    @Test
    void aScheduleThatReturnsNaNIsNamedWithItsStepAndTheHistoryIsKept() {
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> quiet(withDropout())
                .schedule((epoch, step, perEpoch) -> step < 3 ? 0.01 : Double.NaN).fit(TrainerTest.blobs(40, 1)));
        assertEquals(TrainingDivergedException.Source.SCHEDULE, e.source());
        assertEquals(3, e.step());
        assertTrue(e.getMessage().startsWith("the learning rate is NaN (scale 1.0) at epoch 2, step 3; first non-finite value:"
                + " in the learning rate from a custom schedule"), e.getMessage());
        assertEquals(3, e.history().steps().rowCount(), "the three good steps are kept");
        assertTrue(e.history().abortReason().isPresent());
    }

    @Test
    void anyMidRunFailureCarriesTheHistory() {
        IllegalStateException boom = new IllegalStateException("callback broke");
        TrainingFailedException e = assertThrows(TrainingFailedException.class, () -> quiet(withDropout())
                .callbacks(Callback.atEpochEnd((result, run) -> {
                    if (result.epoch() == 2) {
                        throw boom;
                    }
                })).fit(TrainerTest.blobs(40, 1)));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(2, e.history().size(), "both epochs recorded (the recorder runs first)");
        assertTrue(e.getMessage().contains("callback broke") && e.getMessage().contains("epoch 2"), e.getMessage());
        assertTrue(e.history().abortReason().isPresent());
    }
}
