package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the real Fashion-MNIST that the project's setup installs (Debian package
 * dataset-fashion-mnist). Not skipped when absent: then it fails with the loader's instructions.
 */
class FashionMnistTest {
    private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path dir;

    private static int[] perClass(Dataset d) {
        int[] counts = new int[10];
        for (int label : d.labels()) {
            counts[label]++;
        }
        return counts;
    }

    @Test
    void loadsTheBalancedTrainingAndTestSets() {
        Dataset train = FashionMnist.train();
        Dataset test = FashionMnist.test();
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(784, train.numFeatures());
        int[] six = new int[10];
        Arrays.fill(six, 6_000);
        int[] one = new int[10];
        Arrays.fill(one, 1_000);
        assertEquals(Arrays.toString(six), Arrays.toString(perClass(train)));
        assertEquals(Arrays.toString(one), Arrays.toString(perClass(test)));
        double max = Arrays.stream(train.x().data).max().orElseThrow();
        double min = Arrays.stream(train.x().data).min().orElseThrow();
        assertEquals(1.0, max);
        assertEquals(0.0, min);
        assertSame(train, FashionMnist.train(), "kept in memory");
        assertEquals("Ankle boot", FashionMnist.CLASSES.get(9));
    }

    @Test
    void missingFilesNameEveryPlaceAndTheFix() {
        DatasetException e = assertThrows(DatasetException.class, () -> Mnist.load(dir, true));
        String message = e.getMessage();
        assertTrue(message.contains(dir.toString()) && message.contains("NNLAB_DATA")
                && message.contains(".cache/nnlab/mnist") && message.contains("Fix:"), message);
    }

    @Test
    void anExplicitDirectoryComesFirstAndCorruptFilesAreNamed() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0, 0, 1});
        Files.copy(DEBIAN.resolve("train-labels-idx1-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir, true));
        assertTrue(e.getMessage().contains(dir.resolve("train-images-idx3-ubyte").toString()), e.getMessage());
    }

    @Test
    void downloadVerifiesChecksumsAndWritesAtomicallyIntoTheCache() throws Exception {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.resolve("home").toString());
            Path cache = FashionMnist.download(DEBIAN.toUri());
            assertEquals(4, Files.list(cache).count());
            assertTrue(Files.isRegularFile(cache.resolve("t10k-labels-idx1-ubyte.gz")));

            Path fake = dir.resolve("mirror");
            Files.createDirectories(fake);
            for (String f : new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz"}) {
                Files.copy(DEBIAN.resolve(f), fake.resolve(f));
            }
            IdxFile.write(fake.resolve("t10k-labels-idx1-ubyte.gz"), new int[] {3}, new byte[] {1, 2, 3}, true);
            System.setProperty("user.home", dir.resolve("home2").toString());
            DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.download(fake.toUri()));
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            Path cache2 = dir.resolve("home2/.cache/nnlab/fashion-mnist");
            assertTrue(Files.notExists(cache2.resolve("t10k-labels-idx1-ubyte.gz")), "the bad file was not kept");
            try (var files = Files.list(cache2)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files left");
            }
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void mnistRefusesAnUnverifiedDownload() {
        assertThrows(DatasetException.class, Mnist::download);
    }
}
