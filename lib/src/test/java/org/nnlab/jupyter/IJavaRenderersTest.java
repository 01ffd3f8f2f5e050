package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.experiment.Claims;
import org.nnlab.plot.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** IJava's renderer (jupyter-jvm-basekernel 2.3.0) gives every nnlab type the bundle JJava's renderer gives it. */
class IJavaRenderersTest {
    private static final String PLOT_DIV = "nnlab-plot-\\d+";

    private final io.github.spencerpark.jupyter.kernel.display.Renderer ijava = new io.github.spencerpark.jupyter.kernel.display.Renderer();
    private final org.dflib.jjava.jupyter.kernel.display.Renderer jjava = new org.dflib.jjava.jupyter.kernel.display.Renderer();

    IJavaRenderersTest() {
        IJavaRenderers.registerAll(ijava);
        NnlabKernelExtension.registerAll(jjava);
    }

    private void assertSameBundle(Object value, List<String> mimeTypes) {
        var fromIJava = ijava.render(value);
        var fromJJava = jjava.render(value);
        for (String mime : mimeTypes) {
            Object ijavaData = fromIJava.getData(MIMEType.parse(mime));
            Object jjavaData = fromJJava.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.parse(mime));
            assertTrue(ijavaData != null, mime + " missing on IJava for " + value.getClass().getSimpleName());
            if (ijavaData instanceof String html && html.contains("nnlab-plot-")) { // every figure gets a fresh div id
                assertEquals(((String) jjavaData).replaceAll(PLOT_DIV, "div"), html.replaceAll(PLOT_DIV, "div"));
            } else {
                assertEquals(jjavaData, ijavaData, mime);
            }
        }
    }

    @Test
    void figureChartTableAndClaimsGetTheJJavaBundle() {
        Figure figure = new Figure(Layout.builder("loss").height(300).build(),
                ScatterTrace.builder(new double[] {1, 2}, new double[] {3, 4}).name("a").build());
        assertSameBundle(figure, List.of(FigureBundle.PLOTLY_MIME, "text/html", "text/plain"));

        Chart chart = Chart.of("accuracy").xTitle("epoch").yTitle("accuracy").lineWithBand("mean", new double[] {1, 2},
                new double[] {0.5, 0.6}, new double[] {0.4, 0.5}, new double[] {0.6, 0.7});
        assertSameBundle(chart, List.of(FigureBundle.PLOTLY_MIME, "text/html", "text/plain"));

        Table table = Table.create("runs", DoubleColumn.create("loss", 0.5, 0.25));
        assertSameBundle(table, List.of("text/html", "text/plain"));

        Claims claims = Claims.of("claims");
        claims.greater("ahead", 0.8, 0.5, 0.05);
        assertSameBundle(claims, List.of("text/html", "text/plain", ClaimsBundle.CLAIMS_MIME));
    }

    @Test
    void aFigureOnIJavaIsAPlotlyBundleNotItsToString() {
        Figure figure = new Figure(Layout.builder("t").build(), ScatterTrace.builder(new double[] {1}, new double[] {2}).build());
        var data = ijava.render(figure);
        assertTrue(data.getData(MIMEType.parse(FigureBundle.PLOTLY_MIME)) instanceof java.util.Map<?, ?>);
        assertFalse(String.valueOf(data.getData(MIMEType.TEXT_PLAIN)).contains("Figure@"));
    }

    @Test
    void withoutAnIJavaKernelNoProgressIsShown() {
        assertTrue(new IJavaProgressDisplay().create("run", true).isEmpty());
    }
}
