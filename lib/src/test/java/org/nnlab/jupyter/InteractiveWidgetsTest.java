package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nnlab.experiment.Control;
import org.nnlab.experiment.Controls;
import org.nnlab.experiment.Interactive;
import org.nnlab.experiment.Markdown;
import org.nnlab.experiment.Values;

/** The widget messages a live {@link Interactive} sends and accepts, against a recording kernel link. */
class InteractiveWidgetsTest {

    /** Records what would go out on IOPub and delivers front-end messages to registered comms. */
    static final class RecordingLink implements KernelLink {
        record Sent(String type, Map<String, Object> content, Map<String, Object> metadata) {
        }

        final List<Sent> sent = new ArrayList<>();
        final Map<String, Consumer<Map<String, Object>>> comms = new HashMap<>();

        @Override
        public void publish(String msgType, Map<String, Object> content, Map<String, Object> metadata) {
            sent.add(new Sent(msgType, content, metadata));
        }

        @Override
        public void registerComm(String commId, Consumer<Map<String, Object>> handler) {
            comms.put(commId, handler);
        }

        /** The front end sends {@code data} on comm {@code commId}. */
        void fromBrowser(String commId, Map<String, Object> data) {
            comms.get(commId).accept(data);
        }

        List<Sent> of(String type) {
            return sent.stream().filter(s -> s.type().equals(type)).toList();
        }

        /** The state sent in the comm_open of the model named {@code modelName} ({@code index}-th of them). */
        @SuppressWarnings("unchecked")
        Map<String, Object> opened(String modelName, int index) {
            return of("comm_open").stream().map(s -> (Map<String, Object>) ((Map<String, Object>) s.content().get("data")).get("state"))
                    .filter(state -> modelName.equals(state.get("_model_name"))).toList().get(index);
        }

        String idOf(String modelName, int index) {
            Map<String, Object> state = opened(modelName, index);
            return of("comm_open").stream().filter(s -> ((Map<?, ?>) s.content().get("data")).get("state").equals(state))
                    .map(s -> (String) s.content().get("comm_id")).findFirst().orElseThrow();
        }

        /** The state changes sent to comm {@code commId}, oldest first. */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> updates(String commId) {
            return of("comm_msg").stream().filter(s -> commId.equals(s.content().get("comm_id")))
                    .map(s -> (Map<String, Object>) s.content().get("data"))
                    .peek(data -> assertEquals("update", data.get("method")))
                    .map(data -> (Map<String, Object>) data.get("state")).toList();
        }
    }

    private static Map<String, Object> update(String key, Object value) {
        return Map.of("method", "update", "state", Map.of(key, value), "buffer_paths", List.of());
    }

    /** The bundle shown by the Output widget after its latest update (or at open). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shownResult(RecordingLink link) {
        String output = link.idOf("OutputModel", 0);
        List<Map<String, Object>> updates = link.updates(output).stream().filter(u -> u.containsKey("outputs")).toList();
        List<Map<String, Object>> outputs = (List<Map<String, Object>>) (updates.isEmpty()
                ? link.opened("OutputModel", 0).get("outputs") : updates.get(updates.size() - 1).get("outputs"));
        assertEquals(1, outputs.size());
        assertEquals("display_data", outputs.get(0).get("output_type"));
        return (Map<String, Object>) outputs.get(0).get("data");
    }

    private static Function<Values, Object> markdownOf(List<Values> runs) {
        return values -> {
            runs.add(values);
            return Markdown.of("depth %d", values.getInt("depth"));
        };
    }

    @Test
    void everyCommOpenCarriesTheProtocolVersionAndSchemaNamesAndRefersOnlyToModelsOpenedBefore() {
        RecordingLink link = new RecordingLink();
        Interactive interactive = Interactive.of(Controls.slider("rate", 0, 1, 0.01, 0.5),
                Controls.logSlider("learning rate", 1e-4, 1, 0.1), Controls.intSlider("depth", 1, 12, 6),
                Controls.dropdown("activation", List.of("relu", "tanh"), "tanh"),
                Controls.toggleButtons("optimizer", List.of("sgd", "adam"), "adam"), Controls.checkbox("batch norm", true))
                .button("Train");
        new LiveInteractive(interactive, values -> "ok", new WidgetSession(link), "d1").show();

        List<String> opened = new ArrayList<>();
        for (RecordingLink.Sent open : link.of("comm_open")) {
            assertEquals(Map.of("version", "2.1.0"), open.metadata());
            assertEquals("jupyter.widget", open.content().get("target_name"));
            Map<?, ?> data = (Map<?, ?>) open.content().get("data");
            assertEquals(List.of(), data.get("buffer_paths"));
            Map<?, ?> state = (Map<?, ?>) data.get("state");
            for (Object value : state.values()) {
                List<?> references = value instanceof List<?> list ? list : List.of(value);
                for (Object reference : references) {
                    if (reference instanceof String text && text.startsWith("IPY_MODEL_")) {
                        assertTrue(opened.contains(text.substring("IPY_MODEL_".length())), "refers to an unopened model: " + text);
                    }
                }
            }
            opened.add((String) open.content().get("comm_id"));
        }
        String[][] expected = {
                {"FloatSliderModel", "FloatSliderView", "@jupyter-widgets/controls", "2.0.0"},
                {"FloatLogSliderModel", "FloatLogSliderView", "@jupyter-widgets/controls", "2.0.0"},
                {"IntSliderModel", "IntSliderView", "@jupyter-widgets/controls", "2.0.0"},
                {"DropdownModel", "DropdownView", "@jupyter-widgets/controls", "2.0.0"},
                {"ToggleButtonsModel", "ToggleButtonsView", "@jupyter-widgets/controls", "2.0.0"},
                {"CheckboxModel", "CheckboxView", "@jupyter-widgets/controls", "2.0.0"},
                {"ButtonModel", "ButtonView", "@jupyter-widgets/controls", "2.0.0"},
                {"HTMLModel", "HTMLView", "@jupyter-widgets/controls", "2.0.0"},
                {"VBoxModel", "VBoxView", "@jupyter-widgets/controls", "2.0.0"},
                {"OutputModel", "OutputView", "@jupyter-widgets/output", "1.0.0"},
                {"LayoutModel", "LayoutView", "@jupyter-widgets/base", "2.0.0"},
                {"SliderStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"},
                {"DescriptionStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"},
                {"ToggleButtonsStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"},
                {"CheckboxStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"},
                {"ButtonStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"},
                {"HTMLStyleModel", "StyleView", "@jupyter-widgets/controls", "2.0.0"}};
        for (String[] model : expected) {
            Map<String, Object> state = link.opened(model[0], 0);
            assertEquals(model[1], state.get("_view_name"), model[0]);
            assertEquals(model[2], state.get("_model_module"), model[0]);
            assertEquals(model[3], state.get("_model_module_version"), model[0]);
            String viewModule = model[1].equals("StyleView") || model[1].equals("LayoutView") ? "@jupyter-widgets/base" : model[2];
            assertEquals(viewModule, state.get("_view_module"), model[0]);
        }
        Map<String, Object> log = link.opened("FloatLogSliderModel", 0);
        assertEquals(-4.0, (double) log.get("min"), 1e-12, "a log slider's min and max are exponents");
        assertEquals(0.0, (double) log.get("max"), 1e-12);
        assertEquals(0.1, (double) log.get("value"), 1e-12, "its value is the number itself");
        assertEquals(10.0, log.get("base"));
        assertEquals(".2f", link.opened("FloatSliderModel", 0).get("readout_format"));
        assertEquals(List.of("relu", "tanh"), link.opened("DropdownModel", 0).get("_options_labels"));
        assertEquals(1, link.opened("DropdownModel", 0).get("index"));
        assertEquals(true, link.opened("CheckboxModel", 0).get("value"));
        assertEquals("Train", link.opened("ButtonModel", 0).get("description"));

        List<RecordingLink.Sent> displays = link.of("display_data");
        assertEquals(1, displays.size(), "one output: the box of widgets");
        Map<?, ?> bundle = (Map<?, ?>) displays.get(0).content().get("data");
        assertEquals(Map.of("model_id", link.idOf("VBoxModel", 0), "version_major", 2, "version_minor", 0),
                bundle.get("application/vnd.jupyter.widget-view+json"));
        assertTrue(((String) bundle.get("text/plain")).contains("learning rate: 0.1 (log slider from 0.0001 to 1)"),
                "text for front ends without widgets: " + bundle.get("text/plain"));
        assertEquals(Map.of("display_id", "d1"), displays.get(0).content().get("transient"));
        assertEquals("ok", shownResult(link).get("text/plain"), "the first run's result is in the Output widget");
    }

    @Test
    void aBrowserChangeSetsTheControlAndRedrawsTheResultAndAJavaSetMovesTheWidget() {
        RecordingLink link = new RecordingLink();
        Control.IntSlider depth = Controls.intSlider("depth", 1, 12, 6);
        List<Values> runs = new ArrayList<>();
        new LiveInteractive(Interactive.of(depth), markdownOf(runs), new WidgetSession(link), "d").show();
        assertEquals("depth 6", shownResult(link).get("text/plain"));

        String slider = link.idOf("IntSliderModel", 0);
        link.fromBrowser(slider, update("value", 9));
        assertEquals(9, depth.get());
        assertEquals(List.of(6, 9), runs.stream().map(v -> v.getInt("depth")).toList());
        assertEquals("depth 9", shownResult(link).get("text/plain"), "redrawn in place through the Output widget's state");
        assertTrue(link.updates(slider).isEmpty(), "no echo of the browser's own change");

        depth.set(3);
        assertEquals(List.of(Map.of("value", 3)), link.updates(slider), "a change from Java moves the widget");
        assertEquals("depth 3", shownResult(link).get("text/plain"));
        String status = link.idOf("HTMLModel", 0);
        List<Map<String, Object>> statuses = link.updates(status);
        assertTrue(((String) statuses.get(statuses.size() - 1).get("value")).contains("depth = 3"), statuses.toString());

        link.fromBrowser(slider, Map.of("method", "request_state"));
        assertEquals(3, link.updates(slider).get(1).get("value"), "request_state answered with the whole state");
        assertEquals("IntSliderModel", link.updates(slider).get(1).get("_model_name"));
    }

    @Test
    void choicesTravelAsIndexesAndCheckboxesAsBooleans() {
        RecordingLink link = new RecordingLink();
        Control.Choice<String> activation = Controls.dropdown("activation", List.of("relu", "tanh", "sigmoid"), "tanh");
        Control.Switch norm = Controls.checkbox("batch norm", false);
        List<Values> runs = new ArrayList<>();
        new LiveInteractive(Interactive.of(activation, norm), v -> { runs.add(v); return "x"; }, new WidgetSession(link), "d").show();
        link.fromBrowser(link.idOf("DropdownModel", 0), update("index", 2));
        link.fromBrowser(link.idOf("CheckboxModel", 0), update("value", true));
        assertEquals("sigmoid", activation.get());
        assertEquals("sigmoid", runs.get(2).getString("activation"));
        assertTrue(runs.get(2).getBoolean("batch norm"));
    }

    @Test
    void anExceptionIsShownInPlaceOfTheResultAndTheControlsStayLive() {
        RecordingLink link = new RecordingLink();
        Control.IntSlider depth = Controls.intSlider("depth", 1, 12, 6);
        Interactive interactive = Interactive.of(depth);
        new LiveInteractive(interactive, values -> {
            if (values.getInt("depth") > 10) {
                throw new IllegalArgumentException("too deep for this demo");
            }
            return "depth " + values.getInt("depth");
        }, new WidgetSession(link), "d").show();
        String slider = link.idOf("IntSliderModel", 0);
        link.fromBrowser(slider, update("value", 11));
        Map<String, Object> error = shownResult(link);
        assertTrue(((String) error.get("text/html")).contains("nnlab-error"));
        assertTrue(((String) error.get("text/plain")).contains("The experiment failed for depth = 11"), error.toString());
        assertTrue(((String) error.get("text/plain")).contains("IllegalArgumentException: too deep for this demo"));

        link.fromBrowser(slider, update("value", 4));
        assertEquals("depth 4", shownResult(link).get("text/plain"), "the next change runs again");
    }

    @Test
    void aValueTheControlRefusesLeavesItAndSaysWhy() {
        RecordingLink link = new RecordingLink();
        Control.IntSlider depth = Controls.intSlider("depth", 1, 12, 6);
        new LiveInteractive(Interactive.of(depth), v -> "x", new WidgetSession(link), "d").show();
        link.fromBrowser(link.idOf("IntSliderModel", 0), update("value", 40));
        assertEquals(6, depth.get());
        List<Map<String, Object>> statuses = link.updates(link.idOf("HTMLModel", 0));
        assertTrue(((String) statuses.get(statuses.size() - 1).get("value")).contains("an integer in [1, 12], got 40"));
    }

    @Test
    void withAButtonChangesWaitForAClick() {
        RecordingLink link = new RecordingLink();
        Control.IntSlider depth = Controls.intSlider("depth", 1, 12, 6);
        List<Values> runs = new ArrayList<>();
        new LiveInteractive(Interactive.of(depth).button("Train"), markdownOf(runs), new WidgetSession(link), "d").show();
        link.fromBrowser(link.idOf("IntSliderModel", 0), update("value", 8));
        assertEquals(1, runs.size(), "a move alone does not re-run");
        link.fromBrowser(link.idOf("ButtonModel", 0), Map.of("method", "custom", "content", Map.of("event", "click")));
        assertEquals(2, runs.size());
        assertEquals("depth 8", shownResult(link).get("text/plain"));
    }

    @Test
    void theStaticViewListsTheControlsThenShowsTheDefaultResultAndLetsAnExceptionFailTheCell() {
        List<Map<String, Object>> shown = new ArrayList<>();
        NotebookOutput output = (id, bundle, replace) -> shown.add(bundle);
        Interactive interactive = Interactive.of(Controls.logSlider("init scale", 0.01, 10, 1),
                Controls.toggleButtons("activation", List.of("relu", "tanh"), "relu"));
        NotebookInteractiveDisplay.showStatic(interactive, v -> Markdown.of("scale %s", v.getDouble("init scale")), output);
        assertEquals(3, shown.size());
        assertFalse(shown.get(0).containsKey(WidgetProtocol.VIEW_MIME), "no widget where none can be drawn");
        assertEquals("Controls (shown at their defaults; live in JupyterLab with a running kernel):\n"
                + "- init scale: 1 (log slider from 0.01 to 10)\n- activation: relu (buttons: relu, tanh)", shown.get(0).get("text/plain"));
        assertEquals("scale 1.0", shown.get(1).get("text/plain"));
        String timing = (String) shown.get(2).get("text/plain");
        assertTrue(timing.matches("Computed in \\d+\\.\\d\\d s for the default values; a live control re-runs it at every change\\."), timing);
        shown.clear();
        NotebookInteractiveDisplay.showStatic(interactive.button("Train"), v -> "done", output);
        assertTrue(((String) shown.get(2).get("text/plain")).endsWith("re-runs it on a click of \"Train\"."), shown.get(2).toString());
        assertThrows(IllegalStateException.class, () -> NotebookInteractiveDisplay.showStatic(interactive, v -> {
            throw new IllegalStateException("broken");
        }, output));
    }
}
