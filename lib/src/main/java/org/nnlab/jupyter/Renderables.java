package org.nnlab.jupyter;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nnlab.experiment.Claims;
import org.nnlab.experiment.Markdown;
import org.nnlab.nn.NetworkSummary;
import org.nnlab.plot.Chart;
import org.nnlab.train.History;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Everything nnlab renders in a notebook, independent of the kernel: each type with the function
 * that builds its MIME bundle and its MIME types in order of preference. The JJava extension and
 * the IJava startup registration only hand this list to their kernel's renderer.
 */
final class Renderables {
    /** One renderable type. */
    record Renderable<T>(Class<T> type, Function<T, Map<String, Object>> bundle, String... mimeTypes) {
        /** The bundle of {@code value}, which must be of {@link #type}. */
        Map<String, Object> bundleOf(Object value) {
            return bundle.apply(type.cast(value));
        }
    }

    private static final String HTML = "text/html";
    private static final String TEXT = "text/plain";

    static final List<Renderable<?>> ALL = List.of(
            new Renderable<>(Figure.class, FigureBundle::of, FigureBundle.PLOTLY_MIME, HTML, TEXT),
            new Renderable<>(Chart.class, chart -> FigureBundle.of(chart.figure()), FigureBundle.PLOTLY_MIME, HTML, TEXT),
            new Renderable<>(Table.class, TableBundle::of, HTML, TEXT),
            new Renderable<>(NetworkSummary.class, TableBundle::of, HTML, TEXT),
            new Renderable<>(History.class, history -> TableBundle.of(history.table()), HTML, TEXT),
            new Renderable<>(Claims.class, ClaimsBundle::of, HTML, TEXT, ClaimsBundle.CLAIMS_MIME),
            new Renderable<>(Markdown.class, markdown -> Map.of("text/markdown", markdown.text(), TEXT, markdown.text()),
                    "text/markdown", TEXT));

    private Renderables() {
    }

    /** The bundle for {@code value} if nnlab renders its type (a figure for a progress curve, ...), else null. */
    static Map<String, Object> bundleOf(Object value) {
        for (Renderable<?> renderable : ALL) {
            if (renderable.type().isInstance(value)) {
                return renderable.bundleOf(value);
            }
        }
        return null;
    }
}
