package org.nnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {
    @TempDir
    Path dir;

    private static byte[] values(int n) {
        byte[] values = new byte[n];
        for (int i = 0; i < n; i++) {
            values[i] = (byte) (i * 7);
        }
        return values;
    }

    @Test
    void roundTripRawAndGzip() {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = dir.resolve("images" + gzip);
            IdxFile.write(file, new int[] {5, 3, 4}, values(60), gzip);
            IdxFile.Contents contents = IdxFile.read(file, 3);
            assertArrayEquals(new int[] {5, 3, 4}, contents.dims());
            assertArrayEquals(values(60), contents.values());
            assertEquals(12, contents.itemSize());
        }
    }

    private DatasetException rejected(byte[] bytes, int dims) throws Exception {
        Path file = dir.resolve("bad.idx");
        Files.write(file, bytes);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxFile.read(file, dims));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        return e;
    }

    private static byte[] header(int magic, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badMagicNumber() throws Exception {
        assertTrue(rejected(concat(header(0x00000D03, 1, 2, 2), values(4)), 3).getMessage().contains("bad magic"));
        assertTrue(rejected("hello world, not idx".getBytes(), 3).getMessage().contains("bad magic"));
    }

    @Test
    void wrongDimensions() throws Exception {
        assertTrue(rejected(concat(header(0x00000801, 4), values(4)), 3).getMessage().contains("wrong dimensions"));
        assertTrue(rejected(concat(header(0x00000803, 1, 0, 2), values(0)), 3).getMessage().contains("wrong dimensions"));
    }

    @Test
    void truncatedRawAndGzip() throws Exception {
        assertTrue(rejected(concat(header(0x00000803, 2, 3, 3), values(10)), 3).getMessage().contains("truncated"));
        Path good = dir.resolve("good.gz");
        IdxFile.write(good, new int[] {50, 4, 4}, values(800), true);
        byte[] gz = Files.readAllBytes(good);
        assertTrue(rejected(Arrays.copyOf(gz, gz.length / 2), 3).getMessage().contains("truncated"));
        assertTrue(rejected(new byte[] {0, 0}, 3).getMessage().contains("truncated"));
    }

    @Test
    void trailingBytesAreCorruption() throws Exception {
        assertTrue(rejected(concat(header(0x00000801, 3), values(5)), 1).getMessage().contains("unexpected bytes"));
    }

    @Test
    void missingFile() {
        DatasetException e = assertThrows(DatasetException.class, () -> IdxFile.read(dir.resolve("nope.idx"), 1));
        assertTrue(e.getMessage().contains("nope.idx") && e.getMessage().contains("missing"), e.getMessage());
    }
}
