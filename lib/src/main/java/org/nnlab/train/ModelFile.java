package org.nnlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.nnlab.nn.Layer;
import org.nnlab.nn.Param;

/**
 * Saves and loads a network's parameters and state (e.g. batch norm running statistics), bit-exact.
 *
 * <p>Format (big-endian): the magic {@code NNLAB-MODEL}, a format version, the number of entries,
 * then per entry its name (UTF), rows, columns and values (IEEE-754 doubles), and last a CRC-32 of
 * everything before it. Saving writes a temporary file beside the target and renames it into place,
 * so a crash never leaves a half-written model. Loading reads and verifies the whole file (magic,
 * version, length, checksum, then names and shapes against the network) before changing anything:
 * on any error the network is untouched.
 */
public final class ModelFile {
    private static final byte[] MAGIC = "NNLAB-MODEL".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int CHECKSUM_BYTES = Long.BYTES;

    private ModelFile() {
    }

    /** Writes every parameter and state matrix of {@code network} to {@code file}, atomically. */
    public static void save(Layer network, Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            List<Param> entries = entries(network);
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
     * Replaces the parameters and state of {@code network} with those in {@code file}. The network
     * must have the same layers (names and shapes) as the one that was saved.
     */
    public static void load(Layer network, Path file) {
        byte[] bytes = read(file);
        List<double[]> values = parse(bytes, file, entries(network));
        List<Param> entries = entries(network);
        for (int k = 0; k < entries.size(); k++) {
            System.arraycopy(values.get(k), 0, entries.get(k).value().data, 0, entries.get(k).size());
        }
    }

    private static List<Param> entries(Layer network) {
        List<Param> all = new ArrayList<>(network.params());
        all.addAll(network.state());
        return all;
    }

    /** Validates the whole file against the expected entries and returns their values. */
    private static List<double[]> parse(byte[] bytes, Path file, List<Param> expected) {
        if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new ModelFileException(file, "not an nnlab model file (no NNLAB-MODEL header)");
        }
        if (bytes.length < MAGIC.length + 2 * Integer.BYTES + CHECKSUM_BYTES) {
            throw new ModelFileException(file, "truncated: only " + bytes.length + " bytes");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length));
        try {
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelFileException(file, "format version " + version + ", this nnlab reads version " + VERSION);
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

    private static long checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file, e);
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write model file " + file, e);
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
