package org.nnlab.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * MNIST handwritten digits, in the same IDX layout as {@link FashionMnist}. No Debian package ships
 * it: put the four files in a directory and pass it to {@link #load}, or set {@code $NNLAB_DATA}
 * (or its subdirectory {@code mnist}), or place them in {@code ~/.cache/nnlab/mnist}.
 */
public final class Mnist {
    private static final MnistFormat FORMAT = new MnistFormat("MNIST", "mnist", null,
            "put train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and"
                    + " t10k-labels-idx1-ubyte.gz in a directory and export NNLAB_DATA=<that directory>",
            Map.of(), null);

    private Mnist() {
    }

    public static Dataset train() {
        return FORMAT.load(true, null);
    }

    public static Dataset test() {
        return FORMAT.load(false, null);
    }

    public static Dataset load(Path directory, boolean train) {
        return FORMAT.load(train, directory);
    }

    /** Refuses with a clear message: nnlab knows no checksums for MNIST, so it does not download it unverified. */
    public static Path download() {
        return FORMAT.download(Optional.empty());
    }
}
