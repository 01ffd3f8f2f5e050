package org.nnlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
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
 * images and labels 0-9. An explicit directory is used alone: it must hold the split's images and
 * labels. Without one, the files are looked up, in order, in {@code $NNLAB_DATA} (the directory
 * itself or its subdirectory named after the dataset), in a system directory (Debian's package, if
 * any) and in the per-user cache {@code ~/.cache/nnlab/<dataset>}; the first directory holding
 * either file must hold both, so images and labels always come from one place. Each file may be
 * gzip-compressed ({@code .gz}) or raw; a directory where a file is expected is an error.
 *
 * <p>Images become rows of 784 doubles scaled to [0, 1] (pixel / 255), row-major from the top-left
 * pixel. Loaded datasets are kept in memory: loading again returns the same object (do not modify
 * its matrices; preprocessing returns new datasets).
 */
final class MnistFormat {
    static final int SIDE = 28;
    static final int TRAIN_SIZE = 60_000;
    static final int TEST_SIZE = 10_000;
    private static final int TIMEOUT_MILLIS = 30_000;
    private static final Map<Path, Dataset> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String directoryName;
    private final Path systemDirectory;
    private final String installHint;
    private final Map<String, String> publishedSha256;
    private final List<URI> mirrors;

    /**
     * @param publishedSha256 the published SHA-256 of each {@code .gz} file, as distributed
     * @param mirrors         base addresses serving the four {@code .gz} files, tried in order
     */
    MnistFormat(String name, String directoryName, Path systemDirectory, String installHint,
            Map<String, String> publishedSha256, List<URI> mirrors) {
        this.name = name;
        this.directoryName = directoryName;
        this.systemDirectory = systemDirectory;
        this.installHint = installHint;
        this.publishedSha256 = publishedSha256;
        this.mirrors = mirrors;
    }

    /**
     * The training (60,000) or test (10,000) split, from {@code explicitDirectory} if given, else from
     * the first location that has it; any other number of examples is an error.
     */
    Dataset load(boolean train, Path explicitDirectory) {
        String prefix = train ? "train" : "t10k";
        List<String> files = List.of(prefix + "-images-idx3-ubyte", prefix + "-labels-idx1-ubyte");
        List<Path> pair = explicitDirectory != null ? inExplicit(explicitDirectory, files) : onSearchPath(files);
        Path images = pair.get(0);
        Path labels = pair.get(1);
        return LOADED.computeIfAbsent(images.toAbsolutePath(), key -> read(train ? "train" : "test", images, labels));
    }

    /** Both files from {@code directory}, or an error naming the directory and what is missing. */
    private List<Path> inExplicit(Path directory, List<String> files) {
        if (!Files.exists(directory)) {
            throw new DatasetException(name + ": the directory " + directory + " does not exist; fix the path, or load without"
                    + " a directory to search " + String.join("; ", places()));
        }
        if (!Files.isDirectory(directory)) {
            throw new DatasetException(name + ": " + directory + " is a file, not a directory; give the directory holding "
                    + String.join(" and ", files) + " (.gz or raw)");
        }
        List<Path> found = find(directory, files);
        List<String> missing = missing(files, found);
        if (!missing.isEmpty()) {
            throw new DatasetException(name + ": " + directory + " lacks " + String.join(" and ", missing)
                    + " (.gz or raw); an explicit directory is used alone. Fix: " + installHint);
        }
        return found;
    }

    /** Both files from the first directory on the search path holding either; an error if it lacks one. */
    private List<Path> onSearchPath(List<String> files) {
        for (Path dir : directories()) {
            List<Path> found = find(dir, files);
            List<String> missing = missing(files, found);
            if (missing.size() < files.size()) {
                if (!missing.isEmpty()) {
                    throw new DatasetException(name + ": " + dir + " holds " + found.stream().filter(p -> p != null)
                            .map(p -> p.getFileName().toString()).toList() + " but lacks " + String.join(" and ", missing)
                            + " (.gz or raw); images and labels must come from one directory: add the missing file there");
                }
                return found;
            }
        }
        throw new DatasetException(name + ": " + String.join(" and ", files) + " (.gz or raw) not found. Looked in: "
                + String.join("; ", places()) + ". Fix: " + installHint);
    }

    /** Each file's path in {@code dir} ({@code .gz} preferred), null where absent. */
    private static List<Path> find(Path dir, List<String> files) {
        List<Path> found = new ArrayList<>();
        for (String file : files) {
            Path hit = null;
            for (String candidate : List.of(file + ".gz", file)) {
                Path path = dir.resolve(candidate);
                if (Files.isDirectory(path)) {
                    throw new DatasetException(path + ": a directory where the IDX file " + candidate
                            + " was expected; put the file itself there");
                }
                if (hit == null && Files.isRegularFile(path)) {
                    hit = path;
                }
            }
            found.add(hit);
        }
        return found;
    }

    private static List<String> missing(List<String> files, List<Path> found) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (found.get(i) == null) {
                missing.add(files.get(i));
            }
        }
        return missing;
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
        int expected = split.equals("train") ? TRAIN_SIZE : TEST_SIZE;
        if (n != expected) {
            throw new DatasetException(imagesFile + ": " + n + " images, but the " + name + " " + split + " set has "
                    + expected + ": the file is incomplete or belongs to another dataset");
        }
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

    /** The directories searched when no explicit directory is given, in order, with a note when one is not configured. */
    List<String> places() {
        List<String> places = new ArrayList<>();
        String env = System.getenv("NNLAB_DATA");
        places.add(env == null ? "$NNLAB_DATA (not set)" : env + " and " + Path.of(env, directoryName) + " ($NNLAB_DATA)");
        if (systemDirectory != null) {
            places.add(systemDirectory.toString());
        }
        places.add(cacheDirectory().toString());
        return places;
    }

    private List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
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

    Path cacheDirectory() {
        return Path.of(System.getProperty("user.home"), ".cache", "nnlab", directoryName);
    }

    /**
     * Downloads the four files into the cache from {@code source} if given, else from the mirrors in
     * order. Each file is written to a temporary file beside its target, checked against its
     * published SHA-256 and only then renamed into place, so the cache never holds a partial or
     * unverified file; files already cached with the right checksum are kept. Returns the cache
     * directory.
     */
    Path download(Optional<URI> source) {
        Path cache = cacheDirectory();
        List<URI> bases = source.map(List::of).orElse(mirrors);
        for (Map.Entry<String, String> file : publishedSha256.entrySet()) {
            Path target = cache.resolve(file.getKey());
            if (!(Files.isRegularFile(target) && sha256(readAll(target)).equals(file.getValue()))) {
                fetchVerified(file.getKey(), file.getValue(), bases, target);
            }
        }
        return cache;
    }

    /** Tries each base in turn; throws naming every address tried and what was wrong with it. */
    private static void fetchVerified(String fileName, String expectedSha256, List<URI> bases, Path target) {
        List<String> failures = new ArrayList<>();
        for (URI base : bases) {
            URI address = base.resolve(fileName);
            try {
                byte[] bytes = fetch(address);
                String actual = sha256(bytes);
                if (actual.equals(expectedSha256)) {
                    IdxFile.AtomicFiles.write(target, bytes);
                    return;
                }
                failures.add(address + ": checksum mismatch (SHA-256 " + actual + ", expected " + expectedSha256 + ")");
            } catch (IOException e) {
                failures.add(address + ": " + e);
            }
        }
        throw new DatasetException("cannot download " + fileName + "; nothing was saved in " + target.getParent() + ":\n  "
                + String.join("\n  ", failures));
    }

    private static byte[] fetch(URI address) throws IOException {
        URLConnection connection = address.toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
