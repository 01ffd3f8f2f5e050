package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnlab.data.Augmentation.erase;
import static org.nnlab.data.Augmentation.flip;
import static org.nnlab.data.Augmentation.noise;
import static org.nnlab.data.Augmentation.pipeline;
import static org.nnlab.data.Augmentation.rotate;
import static org.nnlab.data.Augmentation.zoom;
import static org.nnlab.data.Augmentation.shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.random.Rng;

class AugmentationTest {
    /** n random 28x28 images with values in [0, 1) and labels 0..9. */
    private static Dataset images(int n, long seed) {
        Rng rng = Rng.of(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 784);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int j = 0; j < 784; j++) {
                x.set(i, j, rng.nextDouble());
            }
        }
        return Dataset.classification("images", x, labels, 10);
    }

    private static DMatrixRMaj augmented(Augmentation augmentation, DMatrixRMaj x, long seed) {
        DMatrixRMaj copy = x.copy();
        augmentation.apply(copy, Rng.of(seed));
        return copy;
    }

    @Test
    void everyAugmentationAtStrengthZeroIsExactlyTheIdentity() {
        DMatrixRMaj x = images(6, 1).x();
        for (Augmentation identity : List.of(shift(0), rotate(0), zoom(0), flip(0), noise(0), erase(0, 0.1, 0.3), erase(1, 0, 0),
                pipeline(shift(0), rotate(0), flip(0), noise(0), erase(0, 0.02, 0.2)))) {
            assertArrayEquals(x.data, augmented(identity, x, 3).data, identity.toString());
        }
    }

    @Test
    void batchesKeepShapeAndLabelsAndLeaveTheDatasetAlone() {
        Dataset data = images(50, 2);
        double[] original = data.x().data.clone();
        Augmentation augmentation = pipeline(shift(2), rotate(10), flip(0.5), noise(0.05), erase(0.5, 0.02, 0.2));
        Batches batches = Batches.of(data, 16, Rng.of(1).split("shuffle"), augmentation, Rng.of(1).split("augmentation"));
        Iterator<Batch> plain = Batches.of(data, 16, Rng.of(1).split("shuffle"), null, null).epoch(0).iterator();
        List<double[]> firstRun = new ArrayList<>();
        for (Batch batch : batches.epoch(0)) {
            Batch reference = plain.next();
            assertEquals(reference.size(), batch.size());
            assertEquals(784, batch.x().numCols);
            assertArrayEquals(reference.labels(), batch.labels(), "labels unchanged");
            assertFalse(Arrays.equals(reference.x().data, batch.x().data), "images augmented");
            firstRun.add(batch.x().data.clone());
        }
        assertArrayEquals(original, data.x().data, "the dataset is not modified");
        int b = 0;
        for (Batch batch : Batches.of(data, 16, Rng.of(1).split("shuffle"), augmentation, Rng.of(1).split("augmentation")).epoch(0)) {
            assertArrayEquals(firstRun.get(b++), batch.x().data, "same seeds and epoch, same augmented batches");
        }
        Batch other = batches.epoch(1).iterator().next();
        assertFalse(Arrays.equals(firstRun.get(0), other.x().data), "another epoch is augmented differently");
    }

    @Test
    void shiftMovesAPixelByAtMostTheMaximum() {
        DMatrixRMaj x = new DMatrixRMaj(200, 784);
        for (int i = 0; i < x.numRows; i++) {
            x.set(i, 14 * 28 + 14, 1);
        }
        DMatrixRMaj shifted = augmented(shift(3), x, 5);
        boolean moved = false;
        for (int i = 0; i < x.numRows; i++) {
            int at = -1;
            for (int j = 0; j < 784; j++) {
                if (shifted.get(i, j) == 1) {
                    at = j;
                }
            }
            assertEquals(1, Arrays.stream(Arrays.copyOfRange(shifted.data, i * 784, (i + 1) * 784)).sum(), "one pixel, moved");
            assertTrue(Math.abs(at / 28 - 14) <= 3 && Math.abs(at % 28 - 14) <= 3);
            moved |= at != 14 * 28 + 14;
        }
        assertTrue(moved);
    }

    @Test
    void flipMirrorsLeftAndRight() {
        DMatrixRMaj x = images(3, 4).x();
        DMatrixRMaj flipped = augmented(flip(1), x, 6);
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                assertEquals(x.get(1, r * 28 + c), flipped.get(1, r * 28 + 27 - c));
            }
        }
        assertArrayEquals(x.data, augmented(flip(1), flipped, 7).data, "flipping twice restores the image");
    }

    @Test
    void rotationKeepsTheCentreAndLosesCorners() {
        DMatrixRMaj ones = new DMatrixRMaj(20, 25);
        Arrays.fill(ones.data, 1);
        DMatrixRMaj rotated = augmented(rotate(45), ones, 8);
        int changedCorners = 0;
        for (int i = 0; i < ones.numRows; i++) {
            assertEquals(1, rotated.get(i, 2 * 5 + 2), 1e-12, "the centre pixel maps onto itself");
            assertEquals(1, rotated.get(i, 5 + 2), 1e-12, "pixels near the centre sample only inside pixels");
            changedCorners += rotated.get(i, 0) < 1 - 1e-9 ? 1 : 0;
        }
        assertTrue(changedCorners > 0, "corners rotate in from outside the image");
    }

    @Test
    void zoomKeepsTheCentreAndScalesABlobAboutIt() {
        int side = 21;
        DMatrixRMaj blob = new DMatrixRMaj(200, side * side);   // a centred 7 x 7 square of ones
        for (int i = 0; i < blob.numRows; i++) {
            for (int r = 7; r < 14; r++) {
                for (int c = 7; c < 14; c++) {
                    blob.set(i, r * side + c, 1);
                }
            }
        }
        DMatrixRMaj zoomed = augmented(zoom(0.3), blob, 10);
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < blob.numRows; i++) {
            assertEquals(1, zoomed.get(i, 10 * side + 10), 1e-12, "the centre pixel maps onto itself");
            double mass = 0;
            for (int j = 0; j < side * side; j++) {
                mass += zoomed.get(i, j);
            }
            smallest = Math.min(smallest, mass);
            largest = Math.max(largest, mass);
        }
        // a factor f scales the square's area by about f^2: 49 * 0.7^2 = 24 to 49 * 1.3^2 = 83
        assertTrue(smallest < 35 && smallest > 20 && largest > 65 && largest < 90, "masses " + smallest + " to " + largest);
    }

    @Test
    void noiseHasTheRequestedStandardDeviation() {
        DMatrixRMaj noisy = augmented(noise(0.5), new DMatrixRMaj(100, 784), 9);
        double mean = Arrays.stream(noisy.data).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(noisy.data).map(v -> v * v).average().orElseThrow());
        assertEquals(0, mean, 0.01);
        assertEquals(0.5, std, 0.01);
    }

    @Test
    void erasingBlanksOneRectangleOfTheRequestedArea() {
        DMatrixRMaj ones = new DMatrixRMaj(50, 784);
        Arrays.fill(ones.data, 1);
        DMatrixRMaj erased = augmented(erase(1, 0.25, 0.25), ones, 10);
        for (int i = 0; i < ones.numRows; i++) {
            int zeros = 0;
            int minRow = 28;
            int maxRow = -1;
            int minCol = 28;
            int maxCol = -1;
            for (int j = 0; j < 784; j++) {
                if (erased.get(i, j) == 0) {
                    zeros++;
                    minRow = Math.min(minRow, j / 28);
                    maxRow = Math.max(maxRow, j / 28);
                    minCol = Math.min(minCol, j % 28);
                    maxCol = Math.max(maxCol, j % 28);
                }
            }
            assertEquals((maxRow - minRow + 1) * (maxCol - minCol + 1), zeros, "a filled rectangle");
            assertEquals(0.25 * 784, zeros, 0.08 * 784, "about a quarter of the image");
        }
    }

    @Test
    void invalidStrengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> shift(-1));
        assertThrows(IllegalArgumentException.class, () -> rotate(-5));
        assertThrows(IllegalArgumentException.class, () -> zoom(1));
        assertThrows(IllegalArgumentException.class, () -> zoom(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> flip(1.5));
        assertThrows(IllegalArgumentException.class, () -> noise(-0.1));
        assertThrows(IllegalArgumentException.class, () -> erase(0.5, 0.3, 0.2));
        assertThrows(IllegalArgumentException.class, () -> shift(1).apply(new DMatrixRMaj(2, 10), Rng.of(1)), "not square");
    }
}
