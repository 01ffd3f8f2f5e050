package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.nnlab.data.Dataset;
import org.nnlab.init.Init;
import org.nnlab.nn.Sequential;
import org.nnlab.optim.Optimizers;
import org.nnlab.random.Rng;
import org.nnlab.train.Trainer;
import org.nnlab.train.TrainingDivergedException;

class NotebookProgressTest {
    /** What a kernel would have been asked to show: display id, replace or add, the plain text. */
    record Shown(String id, boolean replace, String text, boolean figure) {
    }

    static Dataset blobs(int n) {
        Rng rng = Rng.of(1);
        DMatrixRMaj x = new DMatrixRMaj(n, 4);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            for (int j = 0; j < 4; j++) {
                x.set(i, j, rng.nextGaussian() + (j == labels[i] ? 2 : 0));
            }
        }
        return Dataset.classification("blobs", x, labels, 2);
    }

    static List<Shown> record(Trainer trainer, boolean liveCurve, Dataset data) {
        List<Shown> shown = new ArrayList<>();
        NotebookOutput output = (id, bundle, replace) -> shown.add(new Shown(id, replace, (String) bundle.get("text/plain"),
                bundle.containsKey(FigureBundle.PLOTLY_MIME)));
        trainer.progress(false).callbacks(new NotebookProgress(output, "demo", liveCurve, "t"));
        try {
            trainer.fit(data, data);
        } catch (TrainingDivergedException expected) {
            shown.add(new Shown("exception", false, expected.getMessage(), false));
        }
        return shown;
    }

    @Test
    void theLineStartsThenIsReplacedByASummaryAndTheLiveCurveRedrawsInPlace() {
        Trainer trainer = Trainer.of(Sequential.builder(4).dense(2, Init.xavier()).build()).epochs(2).batchSize(50);
        List<Shown> shown = record(trainer, true, blobs(100));
        assertEquals(new Shown("nnlab-progress-t", false, "demo: starting", false), shown.get(0));
        List<Shown> curves = shown.stream().filter(Shown::figure).toList();
        assertEquals(2, curves.size());
        assertEquals(List.of(false, true), curves.stream().map(Shown::replace).toList());
        Shown last = shown.get(shown.size() - 1);
        assertTrue(last.replace() && last.id().equals("nnlab-progress-t") && last.text().startsWith("demo: 2 epochs in "),
                last.toString());
    }

    @Test
    void aFailedRunReplacesTheLineWithTheReason() {
        Trainer trainer = Trainer.of(Sequential.builder(4).dense(32, Init.normal(1e3)).relu().dense(32, Init.normal(1e3)).relu()
                .dense(2, Init.normal(1e3)).build()).optimizer(Optimizers.sgd()).learningRate(1e6).epochs(3).batchSize(16).seed(1);
        List<Shown> shown = record(trainer, false, blobs(100));
        Shown exception = shown.get(shown.size() - 1);
        Shown reason = shown.get(shown.size() - 2);
        assertEquals("exception", exception.id());
        assertEquals(new Shown("nnlab-progress-t", true, "demo: stopped: " + exception.text(), false), reason);
    }

    @Test
    void everyRenderableTypeBuildsABundleHoldingEachOfItsMimeTypes() {
        org.nnlab.plot.Chart chart = org.nnlab.plot.Chart.of("c").xTitle("x").yTitle("y").line("a", new double[] {1, 2});
        org.nnlab.experiment.Claims claims = org.nnlab.experiment.Claims.of("t");
        claims.atLeast("x", 1, 0);
        List<Object> samples = List.of(chart.figure(), chart, tech.tablesaw.api.Table.create("t"),
                Sequential.builder(3).dense(2, Init.xavier()).build().summary(),
                new org.nnlab.train.History("h", 2), claims, org.nnlab.experiment.Markdown.of("**m**"));
        assertEquals(Renderables.ALL.size(), samples.size(), "a sample per renderable type");
        for (Object sample : samples) {
            java.util.Map<String, Object> bundle = Renderables.bundleOf(sample);
            Renderables.Renderable<?> renderable = Renderables.ALL.stream().filter(r -> r.type().isInstance(sample))
                    .findFirst().orElseThrow();
            assertTrue(bundle.keySet().containsAll(List.of(renderable.mimeTypes())), sample.getClass() + ": " + bundle.keySet());
        }
        assertEquals(null, Renderables.bundleOf("plain text is left to the kernel"));
    }
}
