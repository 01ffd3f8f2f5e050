package org.nnlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.nnlab.check.Require;

/**
 * The IDX format of MNIST and Fashion-MNIST: a 4-byte magic number {@code 0x00 0x00 type dims}
 * (nnlab reads type {@code 0x08}, unsigned bytes), {@code dims} big-endian int sizes, then the
 * values. Files may be gzip-compressed (detected from their first bytes).
 *
 * <p>Reading validates the magic number, the dimensions and that the file holds exactly the
 * announced number of values; every problem raises a {@link DatasetException} naming the file.
 */
public final class IdxFile {
    /** The unsigned-byte data type. */
    public static final int UNSIGNED_BYTE = 0x08;

    private IdxFile() {
    }

    /** The contents of an IDX file: dimensions and values (unsigned bytes, row-major). */
    public record Contents(int[] dims, byte[] values) {
        /** The number of items (the first dimension). */
        public int items() {
            return dims[0];
        }

        /** The number of values per item (product of the other dimensions). */
        public int itemSize() {
            int size = 1;
            for (int i = 1; i < dims.length; i++) {
                size *= dims[i];
            }
            return size;
        }
    }

    /** Reads an unsigned-byte IDX file with {@code expectedDims} dimensions (raw or gzip). */
    public static Contents read(Path file, int expectedDims) {
        byte[] bytes = decompressed(file);
        if (bytes.length < 4) {
            throw new DatasetException(file + ": truncated: " + bytes.length + " bytes, not even an IDX header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int magic = buffer.getInt();
        int type = (magic >> 8) & 0xff;
        int dims = magic & 0xff;
        if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE) {
            throw new DatasetException(file + ": bad magic number 0x" + String.format("%08x", magic)
                    + ": not an unsigned-byte IDX file (expected 0x0000080" + expectedDims + ")");
        }
        if (dims != expectedDims) {
            throw new DatasetException(file + ": wrong dimensions: the header announces " + dims
                    + " dimensions, expected " + expectedDims + " (images have 3, labels 1)");
        }
        if (bytes.length < 4 + 4 * dims) {
            throw new DatasetException(file + ": truncated inside the header");
        }
        int[] sizes = new int[dims];
        for (int i = 0; i < dims; i++) {
            sizes[i] = buffer.getInt();
            if (sizes[i] <= 0) {
                throw new DatasetException(file + ": wrong dimensions: size " + i + " is " + sizes[i]);
            }
        }
        long count = 1;
        for (int size : sizes) {
            count *= size;
            if (count > Integer.MAX_VALUE) {
                throw new DatasetException(file + ": wrong dimensions: the header's sizes " + Arrays.toString(sizes)
                        + " multiply to more than " + Integer.MAX_VALUE + " values, more than a file nnlab can hold: the header is corrupt");
            }
        }
        long actual = bytes.length - 4L - 4L * dims;
        if (actual < count) {
            throw new DatasetException(file + ": truncated: the header announces " + count + " values ("
                    + Arrays.toString(sizes) + ") but the file holds " + actual + "; download or reinstall it");
        }
        if (actual > count) {
            throw new DatasetException(file + ": " + (actual - count) + " unexpected bytes after the announced "
                    + count + " values: the file is corrupt");
        }
        return new Contents(sizes, Arrays.copyOfRange(bytes, 4 + 4 * dims, bytes.length));
    }

    /** Writes an unsigned-byte IDX file, gzip-compressed if {@code gzip}, atomically. */
    public static void write(Path file, int[] dims, byte[] values, boolean gzip) {
        long count = 1;
        for (int d : dims) {
            Require.that(d > 0, "IdxFile.write", "every dimension", "> 0", Arrays.toString(dims));
            count = Math.multiplyExact(count, d);
        }
        Require.that(count == values.length, "IdxFile.write", "the number of values", count + " (the product of "
                + Arrays.toString(dims) + ")", values.length);
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length);
        header.putInt((UNSIGNED_BYTE << 8) | dims.length);
        for (int d : dims) {
            header.putInt(d);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : bytes) {
            out.write(header.array());
            out.write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** The file's bytes, gunzipped if they start with the gzip magic number. */
    static byte[] decompressed(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file + ": missing");
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new DatasetException(file + ": truncated or corrupt gzip data (" + e.getMessage()
                    + "); download or reinstall the file", e);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot decompress: " + e.getMessage(), e);
        }
    }

    /** Atomic writes: a temporary file beside the target, then a rename. */
    static final class AtomicFiles {
        private AtomicFiles() {
        }

        static void write(Path file, byte[] bytes) {
            Path target = file.toAbsolutePath();
            try {
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
                try {
                    Files.write(temp, bytes);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }
}
