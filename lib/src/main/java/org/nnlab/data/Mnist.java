package org.nnlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MNIST handwritten digits, in the same IDX layout as {@link FashionMnist}: 60,000 training and
 * 10,000 test images, pixels scaled to [0, 1], labels the digits 0-9. No Debian package ships it:
 * put the four files in a directory and pass it to {@link #load} (which reads that directory alone), or set {@code $NNLAB_DATA} (or its
 * subdirectory {@code mnist}), or call {@link #download()} to fill {@code ~/.cache/nnlab/mnist}.
 */
public final class Mnist {
    /** The published SHA-256 of the original files, served by the mirrors PyTorch and TensorFlow use. */
    private static final MnistFormat FORMAT = new MnistFormat("MNIST", "mnist", null,
            "call Mnist.download() (needs internet), or put train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,"
                    + " t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz in a directory and export NNLAB_DATA=<that directory>",
            Map.of("train-images-idx3-ubyte.gz", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                    "train-labels-idx1-ubyte.gz", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                    "t10k-images-idx3-ubyte.gz", "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                    "t10k-labels-idx1-ubyte.gz", "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
            List.of(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/")));

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

    /**
     * Downloads the four files (11 MB) into the cache, from the first mirror that serves them, each
     * verified against its published SHA-256; returns the cache directory.
     */
    public static Path download() {
        return FORMAT.download(Optional.empty());
    }

    /** Like {@link #download()} from another base address serving the same files (a mirror, or a file: URI). */
    public static Path download(URI base) {
        return FORMAT.download(Optional.of(base));
    }
}
