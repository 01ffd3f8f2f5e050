package org.nnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Mode;
import org.nnlab.nn.Param;
import org.nnlab.random.Rng;

class ModelFileTest {
    @TempDir
    Path dir;

    /** A stand-in network: one weight, one bias, one piece of state, filled from a seed. */
    private static class Stub implements Layer {
        final Param w = Param.trainable("w", Param.Role.WEIGHT, 3, 4);
        final Param b = Param.trainable("b", Param.Role.BIAS, 1, 4);
        final Param running = Param.state("running", 1, 4);

        Stub(long seed) {
            Rng rng = Rng.of(seed);
            for (Param p : List.of(w, b, running)) {
                double[] values = new double[p.size()];
                for (int i = 0; i < p.size(); i++) {
                    values[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(20) - 10);
                }
                p.set(values);
            }
        }

        @Override public String name() { return "stub"; }
        @Override public void setName(String name) { }
        @Override public int outputSize(int inputSize) { return 4; }
        @Override public DMatrixRMaj forward(DMatrixRMaj input, Mode mode) { return input; }
        @Override public DMatrixRMaj backward(DMatrixRMaj gradOutput) { return gradOutput; }
        @Override public List<Param> params() { return List.of(w, b); }
        @Override public List<Param> state() { return List.of(running); }

        double[] all() {
            double[] a = new double[16];
            System.arraycopy(w.value().data, 0, a, 0, 12);
            System.arraycopy(b.value().data, 0, a, 12, 4);
            return a;
        }
    }

    @Test
    void roundTripIsBitExact() {
        Stub saved = new Stub(1);
        saved.w.value().data[0] = Double.MIN_VALUE;
        saved.w.value().data[1] = -0.0;
        Path file = dir.resolve("model.nnlab");
        ModelFile.save(saved, file);

        Stub loaded = new Stub(2);
        ModelFile.load(loaded, file);
        for (int i = 0; i < 16; i++) {
            assertTrue(Double.doubleToRawLongBits(saved.all()[i]) == Double.doubleToRawLongBits(loaded.all()[i]), "entry " + i);
        }
        assertArrayEquals(saved.running.value().data, loaded.running.value().data);
    }

    @Test
    void saveLeavesNoTemporaryFilesAndReplacesAnOldModel() throws Exception {
        Path file = dir.resolve("model.nnlab");
        ModelFile.save(new Stub(1), file);
        ModelFile.save(new Stub(3), file);
        try (var files = Files.list(dir)) {
            assertArrayEquals(new Object[] {file}, files.toArray());
        }
        Stub loaded = new Stub(4);
        ModelFile.load(loaded, file);
        assertArrayEquals(new Stub(3).all(), loaded.all());
    }

    private void assertRejectedUntouched(Path file, String expectedMessage) {
        Stub target = new Stub(5);
        double[] before = target.all();
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(target, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
        assertArrayEquals(before, target.all(), "a failed load must not change the network");
    }

    @Test
    void truncatedFileIsRejectedAndNetworkUntouched() throws Exception {
        Path file = dir.resolve("model.nnlab");
        ModelFile.save(new Stub(1), file);
        byte[] bytes = Files.readAllBytes(file);
        for (int keep : new int[] {5, 30, bytes.length / 2, bytes.length - 1}) {
            Path cut = dir.resolve("cut" + keep);
            Files.write(cut, Arrays.copyOf(bytes, keep));
            assertRejectedUntouched(cut, keep == 5 ? "not an nnlab model file" : "truncated");
        }
    }

    @Test
    void corruptFileFailsTheChecksum() throws Exception {
        Path file = dir.resolve("model.nnlab");
        ModelFile.save(new Stub(1), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 1;
        Files.write(file, bytes);
        assertRejectedUntouched(file, "checksum");
    }

    @Test
    void foreignAndMissingFilesAreRejected() throws Exception {
        Path foreign = dir.resolve("notes.txt");
        Files.writeString(foreign, "hello, this is not a model at all, just some text");
        assertRejectedUntouched(foreign, "not an nnlab model file");
        assertRejectedUntouched(dir.resolve("absent.nnlab"), "no such file");
    }

    @Test
    void aModelOfAnotherShapeIsRejected() throws Exception {
        Layer other = new Stub(1) {
            final Param wide = Param.trainable("w", Param.Role.WEIGHT, 3, 5);

            {
                wide.set(new double[15]);
            }

            @Override public List<Param> params() { return List.of(wide, b); }
        };
        Path file = dir.resolve("other.nnlab");
        ModelFile.save(other, file);
        assertRejectedUntouched(file, "does not match");
    }
}
