package org.nnlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fashion-MNIST (Zalando): 70,000 28x28 greyscale images of clothing in 10 balanced classes,
 * 60,000 for training and 10,000 for testing. Pixels are scaled to [0, 1].
 *
 * <p>Files are read from an explicit directory alone, or else looked up in {@code $NNLAB_DATA}, Debian's
 * {@code /usr/share/datasets/fashion-mnist} (package {@code dataset-fashion-mnist}, installed by
 * nnlab's setup) and {@code ~/.cache/nnlab/fashion-mnist}; {@link #download()} fills the cache from
 * the official mirrors for machines with internet access.
 */
public final class FashionMnist {
    /** Class names, indexed by label. */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** The published SHA-256 of the original files; Debian's copies differ only in their gzip header. */
    private static final MnistFormat FORMAT = new MnistFormat("Fashion-MNIST", "fashion-mnist",
            Path.of("/usr/share/datasets/fashion-mnist"),
            "sudo apt install dataset-fashion-mnist (or run environment/setup.sh), or export NNLAB_DATA=<dir with the IDX files>,"
                    + " or call FashionMnist.download()",
            Map.of("train-images-idx3-ubyte.gz", "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84",
                    "train-labels-idx1-ubyte.gz", "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845",
                    "t10k-images-idx3-ubyte.gz", "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073",
                    "t10k-labels-idx1-ubyte.gz", "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5"),
            List.of(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                    URI.create("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/")));

    private FashionMnist() {
    }

    /** The 60,000 training images. */
    public static Dataset train() {
        return FORMAT.load(true, null);
    }

    /** The 10,000 test images. */
    public static Dataset test() {
        return FORMAT.load(false, null);
    }

    /** The training or test split from {@code directory} alone (no other place is searched). */
    public static Dataset load(Path directory, boolean train) {
        return FORMAT.load(train, directory);
    }

    /**
     * Downloads the four files (30 MB) from the official mirror, or GitHub if that fails, into the
     * cache, each verified against its published SHA-256; returns the cache directory.
     */
    public static Path download() {
        return FORMAT.download(Optional.empty());
    }

    /** Like {@link #download()} from another base address serving the same files (a mirror, or a file: URI). */
    public static Path download(URI base) {
        return FORMAT.download(Optional.of(base));
    }
}
