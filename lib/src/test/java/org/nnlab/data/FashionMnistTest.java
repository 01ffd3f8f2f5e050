package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.toString());
            DatasetException e = assertThrows(DatasetException.class, Mnist::train);
            String message = e.getMessage();
            assertTrue(message.contains("NNLAB_DATA") && message.contains(".cache/nnlab/mnist") && message.contains("Fix:"), message);
        } finally {
            System.setProperty("user.home", home);
        }
        DatasetException explicit = assertThrows(DatasetException.class, () -> Mnist.load(dir, true));
        assertTrue(explicit.getMessage().contains(dir + " lacks train-images-idx3-ubyte and train-labels-idx1-ubyte")
                && explicit.getMessage().contains("Fix:"), explicit.getMessage());
    }

    @Test
    void anExplicitDirectoryComesFirstAndCorruptFilesAreNamed() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {0, 0, 8, 3, 0, 0, 0, 1});
        Files.copy(DEBIAN.resolve("train-labels-idx1-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir, true));
        assertTrue(e.getMessage().contains(dir.resolve("train-images-idx3-ubyte").toString()), e.getMessage());
    }

    @Test
    void incompleteFilesAreRejected() {
        IdxFile.write(dir.resolve("t10k-images-idx3-ubyte.gz"), new int[] {3, 28, 28}, new byte[3 * 784], true);
        IdxFile.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), new int[] {3}, new byte[] {1, 2, 3}, true);
        DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.load(dir, false));
        assertTrue(e.getMessage().contains(dir.resolve("t10k-images-idx3-ubyte.gz") + ": 3 images")
                && e.getMessage().contains("10000"), e.getMessage());
    }

    /**
     * A Debian file with its original gzip header restored (flag FNAME, the file name and the
     * original time, which Debian's repacking dropped): byte for byte the file Zalando published.
     */
    private static byte[] published(String fileName, int modificationTime) throws Exception {
        byte[] debian = Files.readAllBytes(DEBIAN.resolve(fileName));
        ByteBuffer original = ByteBuffer.allocate(debian.length + fileName.length() - 2).order(ByteOrder.LITTLE_ENDIAN);
        original.put(new byte[] {0x1f, (byte) 0x8b, 8, 8}).putInt(modificationTime).put(new byte[] {0, 3});
        original.put(fileName.replace(".gz", "").getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        return original.put(debian, 10, debian.length - 10).array();
    }

    @Test
    void downloadChecksThePublishedChecksumsAndWritesAtomicallyIntoTheCache() throws Exception {
        Path mirror = Files.createDirectories(dir.resolve("mirror"));
        for (String split : new String[] {"train", "t10k"}) {
            int time = split.equals("train") ? 1504176606 : 1504176627;
            for (String kind : new String[] {"-images-idx3-ubyte.gz", "-labels-idx1-ubyte.gz"}) {
                Files.write(mirror.resolve(split + kind), published(split + kind, time));
            }
        }
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.resolve("home").toString());
            Path cache = FashionMnist.download(mirror.toUri());
            try (var files = Files.list(cache)) {
                assertEquals(4, files.filter(p -> p.toString().endsWith(".gz")).count(), "all four files, nothing else");
            }

            Files.write(mirror.resolve("t10k-labels-idx1-ubyte.gz"), published("t10k-labels-idx1-ubyte.gz", 0));
            Path home2 = Files.createDirectories(dir.resolve("home2"));
            System.setProperty("user.home", home2.toString());
            DatasetException e = assertThrows(DatasetException.class, () -> FashionMnist.download(mirror.toUri()));
            assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz") && e.getMessage().contains("checksum mismatch"),
                    e.getMessage());
            assertTrue(Files.notExists(home2.resolve(".cache/nnlab/fashion-mnist/t10k-labels-idx1-ubyte.gz")), "the bad file was not kept");
            try (var files = Files.walk(home2)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files left");
            }
            DatasetException mnist = assertThrows(DatasetException.class, () -> Mnist.download(mirror.toUri()));
            assertTrue(mnist.getMessage().contains("checksum mismatch"), "MNIST checks its own checksums");
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
