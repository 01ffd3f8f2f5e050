package org.nnlab.jupyter;

import java.util.Map;
import java.util.function.Function;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.nnlab.experiment.Claims;
import org.nnlab.experiment.Markdown;
import org.nnlab.nn.NetworkSummary;
import org.nnlab.plot.Chart;
import org.nnlab.train.History;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The only class that knows the Jupyter kernel (JJava). The kernel finds it through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when nnlab.jar is on its classpath
 * and calls {@link #install}, so notebooks need no setup code: a cell whose value is a
 * {@link Figure}, a {@link Chart}, a {@link Table}, a network's {@link NetworkSummary}, a training {@link History}, {@link Claims} or
 * {@link Markdown} renders inline, and training runs show a progress line that updates in place
 * ({@link NotebookProgressDisplay}, found by the trainer through {@code META-INF/services}, not
 * installed here).
 */
public final class NnlabKernelExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        register(kernel, Figure.class, FigureBundle::of, FigureBundle.PLOTLY_MIME, "text/html", "text/plain");
        register(kernel, Chart.class, chart -> FigureBundle.of(chart.figure()), FigureBundle.PLOTLY_MIME, "text/html", "text/plain");
        register(kernel, Table.class, TableBundle::of, "text/html", "text/plain");
        register(kernel, NetworkSummary.class, TableBundle::of, "text/html", "text/plain");
        register(kernel, History.class, history -> TableBundle.of(history.table()), "text/html", "text/plain");
        register(kernel, Claims.class, ClaimsBundle::of, "text/html", "text/plain", ClaimsBundle.CLAIMS_MIME);
        register(kernel, Markdown.class, markdown -> Map.of("text/markdown", markdown.text(), "text/plain", markdown.text()),
                "text/markdown", "text/plain");
    }

    private static <T> void register(BaseKernel kernel, Class<T> type, Function<T, Map<String, Object>> bundle,
            String... mimeTypes) {
        kernel.getRenderer().createRegistration(type)
                .preferring(mimeTypes)
                .register((value, context) -> put(context.getOutputContainer(), bundle.apply(value)));
    }

    private static void put(DisplayData output, Map<String, Object> bundle) {
        bundle.forEach(output::putData);
    }
}
