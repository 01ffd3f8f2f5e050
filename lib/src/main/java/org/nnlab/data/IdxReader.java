package org.nnlab.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads IDX files, the format of MNIST and Fashion-MNIST: a 4-byte magic number {@code 0x00 0x00
 * type ndims}, {@code ndims} big-endian 32-bit dimension sizes, then the values in row-major order.
 * Only the unsigned-byte type ({@code 0x08}) is supported. A file may be gzip-compressed; that is
 * detected from its content, not its name.
 *
 * <p>Everything is validated before any value is used: magic number, element type, dimension count
 * and sizes, and that the (decompressed) length is exactly header plus data. Every problem is a
 * {@link DatasetException} whose message starts with the file's path.
 */
public final class IdxReader {
    static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Images of {@code height x width} pixels, one per row of the result; pixel {@code (r, c)} of an
     * image is column {@code r * width + c}.
     */
    public static DMatrixRMaj readImages(Path file, int height, int width, PixelScale scale) {
        Content content = read(file);
        content.requireShape(file, "images x rows x columns", -1, height, width);
        int count = content.dims[0];
        int pixels = height * width;
        DMatrixRMaj x = new DMatrixRMaj(count, pixels);
        byte[] bytes = content.bytes;
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = scale.value(bytes[content.offset + i] & 0xFF);
        }
        return x;
    }

    /** Labels, one unsigned byte per example. */
    public static int[] readLabels(Path file) {
        Content content = read(file);
        content.requireShape(file, "labels", -1);
        int[] labels = new int[content.dims[0]];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = content.bytes[content.offset + i] & 0xFF;
        }
        return labels;
    }

    /** The validated file: its (decompressed) bytes, dimension sizes and where the data starts. */
    private record Content(byte[] bytes, int[] dims, int offset) {
        /** Checks the dimensions; an expected size of -1 accepts any size. */
        void requireShape(Path file, String layout, int... expected) {
            if (dims.length != expected.length) {
                throw problem(file, "expected " + expected.length + " dimension(s) (" + layout + "), found "
                        + dims.length + " " + shape(dims));
            }
            for (int d = 0; d < dims.length; d++) {
                if (expected[d] >= 0 && dims[d] != expected[d]) {
                    throw problem(file, "expected dimensions (" + layout + ") " + shape(expected).replace("-1", "any")
                            + ", found " + shape(dims));
                }
            }
        }
    }

    private static Content read(Path file) {
        byte[] bytes = decompressed(file);
        if (bytes.length < 4) {
            throw problem(file, "only " + bytes.length + " bytes, too short for an IDX header");
        }
        if (bytes[0] != 0 || bytes[1] != 0) {
            throw problem(file, String.format("bad magic number 0x%08X: not an IDX file (it must start with two zero bytes)",
                    ByteBuffer.wrap(bytes).getInt()));
        }
        if (bytes[2] != UNSIGNED_BYTE) {
            throw problem(file, String.format("element type 0x%02X is not supported, only unsigned bytes (0x08)", bytes[2]));
        }
        int ndims = bytes[3] & 0xFF;
        int offset = 4 + 4 * ndims;
        if (ndims == 0) {
            throw problem(file, "the header declares 0 dimensions");
        }
        if (bytes.length < offset) {
            throw problem(file, "truncated header: " + ndims + " dimensions need " + offset + " bytes, the file has " + bytes.length);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 4, 4 * ndims);
        int[] dims = new int[ndims];
        long expected = 1;
        for (int d = 0; d < ndims; d++) {
            dims[d] = header.getInt();
            if (dims[d] <= 0) {
                throw problem(file, "dimension " + d + " has size " + Integer.toUnsignedString(dims[d]) + ", sizes must be positive");
            }
            expected *= dims[d];
            if (expected > Integer.MAX_VALUE - offset) {
                throw problem(file, "dimensions " + shape(dims) + " are too large");
            }
        }
        long actual = bytes.length - offset;
        if (actual < expected) {
            throw problem(file, "truncated: dimensions " + shape(dims) + " need " + expected + " data bytes, the file has "
                    + actual);
        }
        if (actual > expected) {
            throw problem(file, (actual - expected) + " unexpected bytes after the data of dimensions " + shape(dims));
        }
        return new Content(bytes, dims, offset);
    }

    /** The file's bytes, gunzipped if it starts with the gzip signature. */
    private static byte[] decompressed(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e, e);
        }
        if (raw.length < 2 || raw[0] != (byte) 0x1f || raw[1] != (byte) 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException(file + ": corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        }
    }

    private static String shape(int[] dims) {
        StringBuilder s = new StringBuilder();
        for (int d : dims) {
            s.append(s.length() == 0 ? "" : " x ").append(d);
        }
        return s.toString();
    }

    private static DatasetException problem(Path file, String what) {
        return new DatasetException(file + ": " + what);
    }
}
