package org.nnlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;

/**
 * A dataset in MNIST's layout: four IDX files (training/test images and labels) of 28x28 greyscale
 * images and labels 0-9. Looks the files up, in order, in an explicit directory, in
 * {@code $NNLAB_DATA} (the directory itself or its subdirectory named after the dataset), in a
 * system directory (Debian's package, if any) and in the per-user cache
 * {@code ~/.cache/nnlab/<dataset>}; each file may be gzip-compressed ({@code .gz}) or raw.
 *
 * <p>Images become rows of 784 doubles scaled to [0, 1] (pixel / 255), row-major from the top-left
 * pixel. Loaded datasets are kept in memory: loading again returns the same object (do not modify
 * its matrices; preprocessing returns new datasets).
 */
final class MnistFormat {
    static final int SIDE = 28;
    private static final Map<Path, Dataset> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String directoryName;
    private final Path systemDirectory;
    private final String installHint;
    private final Map<String, String> contentSha256;
    private final URI mirror;

    MnistFormat(String name, String directoryName, Path systemDirectory, String installHint,
            Map<String, String> contentSha256, URI mirror) {
        this.name = name;
        this.directoryName = directoryName;
        this.systemDirectory = systemDirectory;
        this.installHint = installHint;
        this.contentSha256 = contentSha256;
        this.mirror = mirror;
    }

    /** The training (60,000) or test (10,000) split, from the first location that has it. */
    Dataset load(boolean train, Path explicitDirectory) {
        String prefix = train ? "train" : "t10k";
        Path images = locate(prefix + "-images-idx3-ubyte", explicitDirectory);
        Path labels = locate(prefix + "-labels-idx1-ubyte", explicitDirectory);
        return LOADED.computeIfAbsent(images.toAbsolutePath(), key -> read(train ? "train" : "test", images, labels));
    }

    private Dataset read(String split, Path imagesFile, Path labelsFile) {
        IdxFile.Contents images = IdxFile.read(imagesFile, 3);
        IdxFile.Contents labels = IdxFile.read(labelsFile, 1);
        if (images.dims()[1] != SIDE || images.dims()[2] != SIDE) {
            throw new DatasetException(imagesFile + ": wrong dimensions: images are " + images.dims()[1] + "x"
                    + images.dims()[2] + ", expected " + SIDE + "x" + SIDE);
        }
        if (labels.items() != images.items()) {
            throw new DatasetException(labelsFile + ": " + labels.items() + " labels for " + images.items()
                    + " images in " + imagesFile + ": the files do not belong together");
        }
        int n = images.items();
        DMatrixRMaj x = new DMatrixRMaj(n, SIDE * SIDE);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (images.values()[i] & 0xff) / 255.0;
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = labels.values()[i] & 0xff;
            if (y[i] > 9) {
                throw new DatasetException(labelsFile + ": label " + y[i] + " at index " + i + " is outside 0-9: the file is corrupt");
            }
        }
        return Dataset.classification(name + " " + split, x, y, 10);
    }

    /** The directories searched, in order, with a note when one is not configured. */
    List<String> places(Path explicitDirectory) {
        List<String> places = new ArrayList<>();
        places.add(explicitDirectory == null ? "an explicit directory (none given)" : explicitDirectory.toString());
        String env = System.getenv("NNLAB_DATA");
        places.add(env == null ? "$NNLAB_DATA (not set)" : env + " and " + Path.of(env, directoryName) + " ($NNLAB_DATA)");
        if (systemDirectory != null) {
            places.add(systemDirectory.toString());
        }
        places.add(cacheDirectory().toString());
        return places;
    }

    private List<Path> directories(Path explicitDirectory) {
        List<Path> dirs = new ArrayList<>();
        if (explicitDirectory != null) {
            dirs.add(explicitDirectory);
        }
        String env = System.getenv("NNLAB_DATA");
        if (env != null) {
            dirs.add(Path.of(env));
            dirs.add(Path.of(env, directoryName));
        }
        if (systemDirectory != null) {
            dirs.add(systemDirectory);
        }
        dirs.add(cacheDirectory());
        return dirs;
    }

    private Path locate(String file, Path explicitDirectory) {
        for (Path dir : directories(explicitDirectory)) {
            for (String candidate : List.of(file + ".gz", file)) {
                Path path = dir.resolve(candidate);
                if (Files.isRegularFile(path)) {
                    return path;
                }
            }
        }
        throw new DatasetException(name + ": " + file + "(.gz) not found. Looked in: " + String.join("; ", places(explicitDirectory))
                + ". Fix: " + installHint);
    }

    Path cacheDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "nnlab", directoryName);
    }

    /**
     * Downloads the four files from {@code source} (default: the official mirror) into the cache,
     * each verified against its published content SHA-256 (of the uncompressed IDX data) before it
     * is moved into place. Returns the cache directory.
     */
    Path download(Optional<URI> source) {
        if (contentSha256.isEmpty()) {
            throw new DatasetException(name + ": no verified download source is known; put the four IDX files in a "
                    + "directory and pass it to load(dir) or set NNLAB_DATA");
        }
        URI base = source.orElse(mirror);
        Path cache = cacheDirectory();
        for (Map.Entry<String, String> file : contentSha256.entrySet()) {
            String fileName = file.getKey() + ".gz";
            byte[] bytes = fetch(base.resolve(fileName));
            Path temp = null;
            try {
                Files.createDirectories(cache);
                temp = Files.createTempFile(cache, fileName + ".", ".part");
                Files.write(temp, bytes);
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(IdxFile.decompressed(temp)));
                if (!actual.equals(file.getValue())) {
                    throw new DatasetException(base.resolve(fileName) + ": checksum mismatch (SHA-256 of the content is "
                            + actual + ", expected " + file.getValue() + "); nothing was saved");
                }
                Files.move(temp, cache.resolve(fileName), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new DatasetException("cannot write " + cache.resolve(fileName) + ": " + e.getMessage(), e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } finally {
                deleteQuietly(temp);
            }
        }
        return cache;
    }

    private static byte[] fetch(URI uri) {
        try (InputStream in = uri.toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException("cannot download " + uri + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the download's own error matters more
            }
        }
    }
}
