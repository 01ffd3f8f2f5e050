package org.nnlab.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.linalg.Gemm;
import org.nnlab.loss.Losses;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizers;
import org.nnlab.random.Rng;
import org.nnlab.train.Trainer;

/**
 * nnlab's speed benchmark. Run it with {@code ./mvnw -q -pl lib test-compile exec:exec@bench}, or
 * with {@code make bench}, which also times the epoch with EJML's products. Prints, in one run:
 * <ol>
 *   <li>GFLOPS per MLP-shaped product for nnlab's {@link Gemm} beside EJML's single- and
 *       multi-threaded {@code mult} (each: {@value #SECONDS_PER_PRODUCT} s, a fifth of it warm-up, then the median of
 *       {@value GemmTiming#SAMPLES} timed samples; all three results are checked against each other);</li>
 *   <li>samples per second of one training epoch of the lecture's MLP
 *       784-512-512-256-256-128-128-8-10 (ReLU, Adam, batch 100) on 60,000 samples.</li>
 * </ol>
 * Arguments: {@code --gemm-only}, {@code --epoch-only}, {@code --samples N} (default 60,000).
 * Timing figures vary by about 20% on a shared 2-core machine: compare columns of the same run,
 * and read the load average printed before and after.
 */
public final class Benchmark {
    /** Seconds of warm-up and timing per product and backend. */
    private static final double SECONDS_PER_PRODUCT = 3;

    private record Shape(String name, int m, int k, int n, boolean transA, boolean transB) {
        long flops() {
            return 2L * m * k * n;
        }
    }

    public static void main(String[] args) {
        System.out.println("GEMM backend: " + Gemm.backend());
        System.out.println("Threads: " + Runtime.getRuntime().availableProcessors() + " processors, JDK " + Runtime.version());
        printLoad("before");
        List<String> options = Arrays.asList(args);
        if (!options.contains("--epoch-only")) {
            gemmTable();
        }
        if (!options.contains("--gemm-only")) {
            int at = options.indexOf("--samples");
            epoch(at >= 0 ? Integer.parseInt(options.get(at + 1)) : 60_000);
        }
        printLoad("after");
    }

    /** Other processes on the machine slow the timings down: say how busy it was. */
    private static void printLoad(String when) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "Load average (1 min) %s: %.2f%n", when, load);
    }

    private static void gemmTable() {
        List<Shape> shapes = List.of(
                new Shape("forward 100x784 * 784x512", 100, 784, 512, false, false),
                new Shape("forward 100x512 * 512x512", 100, 512, 512, false, false),
                new Shape("weight grad (100x784)^T * 100x512", 784, 100, 512, true, false),
                new Shape("weight grad (100x512)^T * 100x512", 512, 100, 512, true, false),
                new Shape("input grad 100x512 * (784x512)^T", 100, 512, 784, false, true),
                new Shape("output 100x512 * 512x10", 100, 512, 10, false, false),
                new Shape("square 1000^3", 1000, 1000, 1000, false, false));
        System.out.printf(Locale.ROOT, "%n%-36s %12s %12s %12s %10s%n", "shape (GFLOPS, median of " + GemmTiming.SAMPLES + ")",
                "nnlab Gemm", "EJML mult", "EJML MT mult", "speed-up");
        for (Shape s : shapes) {
            DMatrixRMaj a = GemmTiming.random(s.transA ? s.k : s.m, s.transA ? s.m : s.k, 1);
            DMatrixRMaj b = GemmTiming.random(s.transB ? s.n : s.k, s.transB ? s.k : s.n, 2);
            DMatrixRMaj c = new DMatrixRMaj(s.m, s.n);
            DMatrixRMaj reference = new DMatrixRMaj(s.m, s.n);
            GemmTiming.Product nnlab = GemmTiming.gemm(s.transA, s.transB);
            GemmTiming.Product ejml = s.transA ? CommonOps_DDRM::multTransA : s.transB ? CommonOps_DDRM::multTransB : CommonOps_DDRM::mult;
            GemmTiming.Product ejmlMt = s.transA ? CommonOps_MT_DDRM::multTransA : s.transB ? CommonOps_MT_DDRM::multTransB : CommonOps_MT_DDRM::mult;
            ejml.run(a, b, reference);
            nnlab.run(a, b, c);
            check(s.name + ": nnlab", c, reference);
            ejmlMt.run(a, b, c);
            check(s.name + ": EJML MT", c, reference);
            double fast = gflops(s, nnlab, a, b, c);
            double plain = gflops(s, ejml, a, b, c);
            double mt = gflops(s, ejmlMt, a, b, c);
            System.out.printf(Locale.ROOT, "%-36s %12.1f %12.1f %12.1f %9.1fx%n", s.name, fast, plain, mt, fast / Math.max(plain, mt));
        }
    }

    private static void check(String what, DMatrixRMaj c, DMatrixRMaj reference) {
        double error = maxRelativeDifference(c, reference);
        if (!(error <= 1e-12)) {
            throw new IllegalStateException(what + " differs from EJML's single-threaded product by " + error);
        }
    }

    private static double gflops(Shape s, GemmTiming.Product p, DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        return GemmTiming.gflops(p, a, b, c, s.k, SECONDS_PER_PRODUCT);
    }

    private static void epoch(int samples) {
        Dataset data = syntheticImages(samples);
        System.out.printf(Locale.ROOT, "%nOne epoch of the MLP 784-512-512-256-256-128-128-8-10 (ReLU, Adam, batch 100), %d samples%n", samples);
        Sequential net = lectureMlp();
        Trainer trainer = Trainer.of(net).loss(Losses.softmaxCrossEntropy()).optimizer(Optimizers.adam()).learningRate(1e-3)
                .epochs(1).batchSize(100).seed(1).progress(false);
        trainer.fit(data.subset(range(Math.min(samples, 6_000)))); // warm-up
        long t0 = System.nanoTime();
        trainer.fit(data);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "nnlab (%s): %.1f s, %,.0f samples/s%n", Gemm.backend(), seconds, samples / seconds);
    }

    static Sequential lectureMlp() {
        int[] widths = {512, 512, 256, 256, 128, 128, 8};
        var builder = Sequential.builder(784);
        for (int w : widths) {
            builder.dense(w, Init.he()).relu();
        }
        return builder.dense(10, Init.xavier()).build();
    }

    private static Dataset syntheticImages(int n) {
        Rng rng = Rng.of(3);
        DMatrixRMaj x = new DMatrixRMaj(n, 784);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int j = 0; j < 784; j++) {
                x.data[i * 784 + j] = rng.nextDouble();
            }
        }
        return Dataset.classification("synthetic images", x, labels, 10);
    }

    private static int[] range(int n) {
        int[] values = new int[n];
        Arrays.setAll(values, i -> i);
        return values;
    }

    private static double maxRelativeDifference(DMatrixRMaj a, DMatrixRMaj b) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < a.data.length && i < a.getNumElements(); i++) {
            diff = Math.max(diff, Math.abs(a.data[i] - b.data[i]));
            scale = Math.max(scale, Math.abs(b.data[i]));
        }
        return diff / scale;
    }
}
