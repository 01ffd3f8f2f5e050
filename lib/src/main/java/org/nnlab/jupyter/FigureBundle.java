package org.nnlab.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tech.tablesaw.plotly.components.Figure;

/**
 * The MIME bundle that makes a Tablesaw {@link Figure} show in every front end:
 * <ul>
 *   <li>{@value #PLOTLY_MIME}: the Plotly JSON figure, drawn by the plotly renderer in JupyterLab,
 *       Notebook 7 and VS Code whether or not the notebook is trusted;</li>
 *   <li>{@code text/html}: a div sized to the layout plus a script that draws with
 *       {@code window.Plotly}, or else loads {@value #PLOTLY_JS} from beside the page (the notebook
 *       runner ships that file next to every exported HTML page, so no network is needed);</li>
 *   <li>{@code text/plain}: one line with the title and the number of traces.</li>
 * </ul>
 */
public final class FigureBundle {
    public static final String PLOTLY_MIME = "application/vnd.plotly.v1+json";
    public static final String PLOTLY_JS = "plotly.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong COUNTER = new AtomicLong();

    private FigureBundle() {
    }

    /** MIME type to content, in order of preference. */
    public static Map<String, Object> of(Figure figure) {
        ObjectNode tree = PlotlyJson.toTree(figure);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put(PLOTLY_MIME, JSON.convertValue(tree, Map.class));
        bundle.put("text/html", html(tree, "nnlab-plot-" + COUNTER.incrementAndGet()));
        bundle.put("text/plain", plain(tree));
        return bundle;
    }

    /** One line: the title and the trace count. */
    static String plain(ObjectNode tree) {
        String title = PlotlyJson.title(tree);
        int traces = tree.path("data").size();
        return "Figure" + (title.isEmpty() ? "" : " \"" + title + "\"") + " (" + traces
                + (traces == 1 ? " trace)" : " traces)");
    }

    /** A div sized to the layout and a self-contained drawing script. */
    static String html(ObjectNode tree, String divId) {
        int height = tree.path("layout").path("height").asInt(500);
        int width = tree.path("layout").path("width").asInt(0);
        String size = "height:" + height + "px;" + (width > 0 ? "width:" + width + "px;max-width:100%;" : "width:100%;");
        String figure = tree.toString().replace("</", "<\\/");
        return "<div id=\"" + divId + "\" class=\"nnlab-plot\" style=\"" + size + "\"></div>\n"
                + "<script type=\"text/javascript\">\n"
                + "(function () {\n"
                + "  var figure = " + figure + ";\n"
                + "  function draw() {\n"
                + "    window.Plotly.newPlot('" + divId + "', figure.data, figure.layout, figure.config);\n"
                + "  }\n"
                + "  if (window.Plotly) { draw(); return; }\n"
                + "  window.nnlabPlotly = window.nnlabPlotly || new Promise(function (resolve, reject) {\n"
                + "    var amd = window.define;\n"
                + "    window.define = undefined;\n" // plotly.js must bind window.Plotly, not an AMD module
                + "    var script = document.createElement('script');\n"
                + "    script.src = '" + PLOTLY_JS + "';\n"
                + "    script.onload = function () { window.define = amd; resolve(); };\n"
                + "    script.onerror = function () { window.define = amd; reject(new Error('cannot load "
                + PLOTLY_JS + "')); };\n"
                + "    document.head.appendChild(script);\n"
                + "  });\n"
                + "  window.nnlabPlotly.then(draw);\n"
                + "})();\n"
                + "</script>";
    }
}
