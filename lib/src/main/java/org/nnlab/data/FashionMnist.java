package org.nnlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fashion-MNIST (Zalando): 70,000 28x28 greyscale images of clothing in 10 balanced classes,
 * 60,000 for training and 10,000 for testing. Pixels are scaled to [0, 1].
 *
 * <p>Files are looked up in an explicit directory, {@code $NNLAB_DATA}, Debian's
 * {@code /usr/share/datasets/fashion-mnist} (package {@code dataset-fashion-mnist}, installed by
 * nnlab's setup) and {@code ~/.cache/nnlab/fashion-mnist}; {@link #download()} fills the cache from
 * the official mirror for machines with internet access.
 */
public final class FashionMnist {
    /** Class names, indexed by label. */
    public static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final MnistFormat FORMAT = new MnistFormat("Fashion-MNIST", "fashion-mnist",
            Path.of("/usr/share/datasets/fashion-mnist"),
            "sudo apt install dataset-fashion-mnist (or run environment/setup.sh), or export NNLAB_DATA=<dir with the IDX files>,"
                    + " or call FashionMnist.download()",
            contentChecksums(), URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"));

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

    /** The training or test split from {@code directory} first, then the usual places. */
    public static Dataset load(Path directory, boolean train) {
        return FORMAT.load(train, directory);
    }

    /** Downloads the four files from the official mirror into the cache (SHA-256 verified); returns the cache directory. */
    public static Path download() {
        return FORMAT.download(Optional.empty());
    }

    /** Like {@link #download()} from another base address (a mirror, or a file: URI). */
    public static Path download(URI base) {
        return FORMAT.download(Optional.of(base));
    }

    /** The places searched, in order. */
    public static List<String> searchPath() {
        return FORMAT.places(null);
    }

    /** SHA-256 of each file's uncompressed IDX content (independent of how it was gzipped). */
    private static Map<String, String> contentChecksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        sums.put("train-images-idx3-ubyte", "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888");
        sums.put("train-labels-idx1-ubyte", "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9");
        sums.put("t10k-images-idx3-ubyte", "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b");
        sums.put("t10k-labels-idx1-ubyte", "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");
        return sums;
    }
}
