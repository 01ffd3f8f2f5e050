package org.nnlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.nnlab.data.Dataset;
import org.nnlab.linalg.Gemm;
import org.nnlab.loss.Losses;
import org.nnlab.optim.Optimizers;
import org.nnlab.train.History;
import org.nnlab.train.Trainer;

/**
 * nnlab's side of {@code make bench-peers} ({@code environment/bench/peers.py}): a process that
 * holds one network and its data and answers one command per line on standard input, so the
 * driver can interleave its epochs with the other frameworks'.
 *
 * <ul>
 *   <li>{@code epoch}: one more epoch of the lecture MLP (Adam 1e-3, batch 100); answers
 *       {@code epoch <seconds> <mean training loss>};</li>
 *   <li>{@code accuracy}: answers {@code accuracy <test accuracy>};</li>
 *   <li>{@code gemm <m> <k> <n> <transA> <transB> <seconds>}: answers {@code gflops <median>} for
 *       that product ({@code transA}/{@code transB} 0 or 1), timed for about that many seconds;</li>
 *   <li>{@code quit}.</li>
 * </ul>
 * Argument: the directory the driver wrote the standardized data to: {@code train_x.f64},
 * {@code train_y.i32}, {@code test_x.f64}, {@code test_y.i32} (little-endian, 784 features).
 */
public final class PeerWorker {
    private static final int FEATURES = 784;
    private static final int CLASSES = 10;

    private PeerWorker() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Dataset train = read(dir, "train");
        Dataset test = read(dir, "test");
        Trainer trainer = Trainer.of(Benchmark.lectureMlp()).loss(Losses.softmaxCrossEntropy())
                .optimizer(Optimizers.adam()).learningRate(1e-3).epochs(1).batchSize(100).progress(false);
        System.out.println("ready " + Gemm.backend());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int epoch = 0;
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] words = line.trim().split(" ");
            switch (words[0]) {
                case "epoch" -> {
                    long t0 = System.nanoTime();
                    History history = trainer.seed(++epoch).fit(train);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "epoch %.4f %.6f%n", seconds, history.last(History.TRAIN_LOSS));
                }
                case "accuracy" -> System.out.printf(Locale.ROOT, "accuracy %.6f%n", trainer.evaluate(test).accuracy());
                case "gemm" -> System.out.printf(Locale.ROOT, "gflops %.3f%n", GemmTiming.gflops(
                        Integer.parseInt(words[1]), Integer.parseInt(words[2]), Integer.parseInt(words[3]),
                        words[4].equals("1"), words[5].equals("1"), Double.parseDouble(words[6])));
                default -> throw new IllegalArgumentException("unknown command: " + line);
            }
            System.out.flush();
        }
    }

    private static Dataset read(Path dir, String part) throws IOException {
        ByteBuffer xBytes = map(dir.resolve(part + "_x.f64"));
        ByteBuffer yBytes = map(dir.resolve(part + "_y.i32"));
        int n = yBytes.remaining() / Integer.BYTES;
        DMatrixRMaj x = new DMatrixRMaj(n, FEATURES);
        xBytes.asDoubleBuffer().get(x.data, 0, n * FEATURES);
        int[] labels = new int[n];
        yBytes.asIntBuffer().get(labels);
        return Dataset.classification(part, x, labels, CLASSES);
    }

    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
