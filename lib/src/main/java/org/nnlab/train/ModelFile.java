package org.nnlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.nnlab.check.Require;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Param;
import org.nnlab.nn.Residual;
import org.nnlab.nn.Sequential;

/**
 * Saves and loads a network's parameters and state (e.g. batch norm running statistics), bit-exact.
 *
 * <p>Format (big-endian): the magic {@code NNLAB-MODEL}, a format version, the network's layers
 * (each {@code "<name> <type>"}, nested layers included, so that a model saved from another
 * architecture, e.g. another activation, is refused), the number of entries, then per entry its
 * name (UTF), rows, columns and values (IEEE-754 doubles), and last a CRC-32 of everything before
 * it. Version 1 files (without the layer list) are still read, without the layer check.
 *
 * <p>Saving refuses a network whose weights were never set (initialized, loaded or given), writes a
 * temporary file beside the target, forces it and its directory to disk and renames it into place,
 * so a crash never leaves a half-written model; every error names the target file. Loading reads and
 * verifies the whole file (magic, version, layers, length, checksum, then names and shapes against
 * the network) before changing anything: on any error the network is untouched. A loaded network is
 * ready: its weights count as set, so neither {@code predict} nor {@code Trainer.fit} asks to
 * initialize it.
 */
public final class ModelFile {
    private static final byte[] MAGIC = "NNLAB-MODEL".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 2;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private ModelFile() {
    }

    /** Writes every parameter and state matrix of {@code network} to {@code file}, atomically. */
    public static void save(Layer network, Path file) {
        List<Param> entries = entries(network);
        for (Param p : entries) {
            Require.that(p.role() != Param.Role.WEIGHT || p.isSet(), "ModelFile.save", "the network",
                    "initialized (weights drawn, loaded or set)", p.name() + " never set",
                    "call network.initialize(seed), train it or load it before saving");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            List<String> layers = layers(network);
            out.writeInt(layers.size());
            for (String layer : layers) {
                out.writeUTF(layer);
            }
            out.writeInt(entries.size());
            for (Param p : entries) {
                out.writeUTF(p.name());
                out.writeInt(p.value().numRows);
                out.writeInt(p.value().numCols);
                for (int i = 0; i < p.size(); i++) {
                    out.writeDouble(p.value().data[i]);
                }
            }
            out.writeLong(checksum(bytes.toByteArray(), bytes.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeAtomically(file, bytes.toByteArray());
    }

    /**
     * Replaces the parameters and state of {@code network} with those in {@code file} and marks them
     * as set. The network must have the same layers (names, types and shapes) as the one saved.
     */
    public static void load(Layer network, Path file) {
        byte[] bytes = read(file);
        List<Param> entries = entries(network);
        List<double[]> values = parse(bytes, file, layers(network), entries);
        for (int k = 0; k < entries.size(); k++) {
            entries.get(k).set(values.get(k));
        }
    }

    private static List<Param> entries(Layer network) {
        List<Param> all = new ArrayList<>(network.params());
        all.addAll(network.state());
        return all;
    }

    /** {@code "<name> <type>"} for the network and every layer inside it, depth first. */
    private static List<String> layers(Layer network) {
        List<String> into = new ArrayList<>();
        describe(network, into);
        return into;
    }

    private static void describe(Layer layer, List<String> into) {
        Class<?> type = layer.getClass();
        while (type.isAnonymousClass()) {
            type = type.getSuperclass();
        }
        into.add(layer.name() + " " + type.getSimpleName());
        if (layer instanceof Sequential sequential) {
            sequential.layers().forEach(inner -> describe(inner, into));
        } else if (layer instanceof Residual residual) {
            describe(residual.block(), into);
        }
    }

    /** Validates the whole file against the expected layers and entries and returns the entries' values. */
    private static List<double[]> parse(byte[] bytes, Path file, List<String> layers, List<Param> expected) {
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new ModelFileException(file, "not an nnlab model file (no NNLAB-MODEL header)");
        }
        if (bytes.length < MAGIC.length + 2 * Integer.BYTES + CHECKSUM_BYTES) {
            throw new ModelFileException(file, "truncated: only " + bytes.length + " bytes");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length));
        try {
            int version = in.readInt();
            if (version != 1 && version != VERSION) {
                throw new ModelFileException(file, "format version " + version + ", this nnlab reads versions 1 and " + VERSION);
            }
            if (version >= 2) {
                checkLayers(in, file, layers);
            }
            int count = in.readInt();
            if (count != expected.size()) {
                throw new ModelFileException(file, "holds " + count + " matrices, the network has " + expected.size());
            }
            List<double[]> values = new ArrayList<>(count);
            for (Param p : expected) {
                String name = in.readUTF();
                int rows = in.readInt();
                int cols = in.readInt();
                if (!name.equals(p.name()) || rows != p.value().numRows || cols != p.value().numCols) {
                    throw new ModelFileException(file, "entry " + name + " " + rows + "x" + cols + " does not match the network's "
                            + p.name() + " " + p.value().numRows + "x" + p.value().numCols);
                }
                double[] data = new double[rows * cols];
                for (int i = 0; i < data.length; i++) {
                    data[i] = in.readDouble();
                }
                values.add(data);
            }
            int payload = bytes.length - in.available();
            long stored = in.readLong();
            if (in.available() != 0) {
                throw new ModelFileException(file, in.available() + " unexpected bytes after the checksum");
            }
            if (stored != checksum(bytes, payload)) {
                throw new ModelFileException(file, "checksum mismatch: the file is corrupt");
            }
            return values;
        } catch (IOException e) {
            throw new ModelFileException(file, "truncated: the file ends early (" + bytes.length + " bytes)");
        }
    }

    /** Reads the saved layer list and throws at the first layer that differs from the network's. */
    private static void checkLayers(DataInputStream in, Path file, List<String> layers) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new ModelFileException(file, "truncated or corrupt: the layer list announces " + count + " layers");
        }
        List<String> saved = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            saved.add(in.readUTF());
        }
        for (int i = 0; i < Math.max(saved.size(), layers.size()); i++) {
            String was = i < saved.size() ? saved.get(i) : "(none)";
            String is = i < layers.size() ? layers.get(i) : "(none)";
            if (!was.equals(is)) {
                throw new ModelFileException(file, "saved from another architecture: layer " + (i + 1) + " was '" + was
                        + "', this network has '" + is + "'. Saved layers: " + saved + "; build the same network to load it");
            }
        }
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "is a directory, not a model file; give the file inside it, e.g. "
                    + file.resolve("model.nnlab"));
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file");
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read: " + e, e);
        }
    }

    /**
     * Writes a temporary file beside the target, forces it to disk, forces the directory (so the new
     * entry is durable), renames it over the target and forces the directory again.
     */
    private static void writeAtomically(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (Files.isDirectory(target)) {
            throw new ModelFileException(file, "cannot write: it is a directory; give a file name, e.g. " + file.resolve("model.nnlab"));
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw new ModelFileException(file, "cannot write: the directory " + directory + " does not exist; create it first");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(directory, target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            forceDirectory(directory);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(directory);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ModelFileException(file, "cannot write: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage().replace(String.valueOf(temp), "a temporary file") + ")"), e);
        }
    }

    /** Forces a directory's entries to disk where the platform allows opening a directory (not on Windows). */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            // the platform cannot sync a directory; the rename stays atomic
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original error matters more
            }
        }
    }
}
