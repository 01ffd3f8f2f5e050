package org.nnlab.jupyter;

import org.nnlab.linalg.Gemm;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** One-off kernel start work done in the background, for JJava and IJava alike. */
final class KernelWarmUp {
    private KernelWarmUp() {
    }

    /**
     * Does, on a background thread while the kernel starts and the first cell compiles, the one-off
     * work that the first table, plot and training would otherwise wait for: Tablesaw's
     * {@code Table} class scans the classpath for readers when first used (seconds of CPU), the
     * first figure loads the template and JSON machinery, and {@link Gemm} compiles its kernel. A
     * cell that needs a class being initialized waits for it (the JVM's class-initialization lock)
     * instead of doing the work twice. A failure here is left for the cell that repeats the work
     * to report.
     */
    static void start() {
        Thread warmUp = new Thread(() -> {
            try {
                TableBundle.of(Table.create("warm-up", DoubleColumn.create("x", new double[] {0, 1})));
                FigureBundle.of(new Figure(Layout.builder("warm-up").build(),
                        ScatterTrace.builder(new double[] {0, 1}, new double[] {0, 1}).build()));
                Gemm.backend();
            } catch (RuntimeException | LinkageError e) {
                // the cell that needs this work does it again and reports the error there
            }
        }, "nnlab-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }
}
