package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the data package: sources never mix or fall back silently, empty and non-finite data is refused. */
class BadInputTest {
    private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path dir;

    @Test
    void anExplicitDirectoryThatDoesNotExistFailsInsteadOfFallingBack() {
        Path absent = dir.resolve("typo");
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(absent, true));
        assertTrue(e.getMessage().startsWith("Fashion-MNIST: the directory " + absent + " does not exist"), e.getMessage());
    }

    @Test
    void anExplicitDirectoryIsUsedAloneSoImagesAndLabelsNeverMix() throws Exception {
        Files.copy(DEBIAN.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-images-idx3-ubyte.gz"));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir, false));
        assertTrue(e.getMessage().startsWith("Fashion-MNIST: " + dir + " lacks t10k-labels-idx1-ubyte (.gz or raw)"), e.getMessage());
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("train-images-idx3-ubyte.gz"));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir, true));
        assertEquals(dir.resolve("train-images-idx3-ubyte.gz") + ": a directory where the IDX file train-images-idx3-ubyte.gz"
                + " was expected; put the file itself there", e.getMessage());
    }

    @Test
    void headerSizesWhoseProductOverflowsAreRejected() throws Exception {
        Path file = dir.resolve("huge.idx");
        ByteBuffer header = ByteBuffer.allocate(16).putInt(0x00000803).putInt(1 << 21).putInt(1 << 21).putInt(1 << 21);
        Files.write(file, header.array());
        DatasetException e = assertThrows(DatasetException.class, () -> IdxFile.read(file, 3));
        assertTrue(e.getMessage().contains("[2097152, 2097152, 2097152] multiply to more than 2147483647 values"), e.getMessage());
    }

    private static Dataset tiny(int n) {
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            x.set(i, 0, i);
        }
        return Dataset.classification("tiny", x, labels, 2);
    }

    @Test
    void splitPartsThatRoundToEmptyAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Splits.stratified(tiny(10), 0.05, 1));
        assertEquals("Splits.stratified: validationFraction must be a share that leaves both parts non-empty, got 0.05 (10 examples"
                + " give 10 for training and 0 for validation, each class rounded); use a fraction nearer 0.5 or more data", e.getMessage());
    }

    @Test
    void aStandardizerFittedOnNoRowsOrNonFiniteDataIsRefused() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Standardizer.perFeature(tiny(0)));
        assertEquals("Standardizer.perFeature: train must be a dataset with at least one row, got tiny with 0 rows; fit on the"
                + " training data, not on an empty subset", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Standardizer.minMax(tiny(0)));
        Dataset nan = tiny(4);
        nan.x().set(2, 1, Double.NaN);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Standardizer.global(nan)).getMessage()
                .contains("NaN at row 2, column 1"));
    }

    @Test
    void subsetIndicesOutOfRangeNameTheValueAndTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tiny(5).subset(new int[] {0, 5}));
        assertEquals("tiny.subset: indices[1] must be in [0, 4], got 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tiny(5).subset(new int[] {-1}));
    }

    @Test
    void augmentationParametersMustBeFinite() {
        assertEquals("Augmentation.noise: std must be a finite number >= 0, got Infinity",
                assertThrows(IllegalArgumentException.class, () -> Augmentation.noise(Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Augmentation.rotate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Augmentation.erase(0.5, 0.2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Augmentation.zoom(Double.POSITIVE_INFINITY));
    }
}
