package org.nnlab.jupyter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ipywidgets 8 models nnlab uses, with the model and view names, modules and module versions
 * of {@code packages/schema/jupyterwidgetmodels.latest.md} (ipywidgets 8.1): controls
 * ({@code @jupyter-widgets/controls} 2.0.0) with their Layout ({@code @jupyter-widgets/base} 2.0.0)
 * and style models, and the Output widget. Each factory returns a {@link Widget}: the control's model plus the layout and
 * style models it refers to as {@code IPY_MODEL_<id>}, in the order they must be opened.
 */
final class Widgets {
    static final String BASE = "@jupyter-widgets/base";
    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String VERSION = "2.0.0";
    static final String OUTPUT = "@jupyter-widgets/output";
    static final String OUTPUT_VERSION = "1.0.0";

    /** A control's model and every model it needs, to be opened in {@link #models} order (the control last). */
    record Widget(WidgetModel model, List<WidgetModel> models) {
    }

    private Widgets() {
    }

    static Widget floatSlider(String description, double min, double max, double step, double value, String readoutFormat) {
        return slider("FloatSliderModel", "FloatSliderView", description)
                .set("min", min).set("max", max).set("step", step).set("value", value)
                .set("readout_format", readoutFormat).build();
    }

    /** A log-scale slider: {@code min}, {@code max} and {@code step} are exponents of {@code base}; value is the number itself. */
    static Widget floatLogSlider(String description, double minExponent, double maxExponent, double exponentStep, double value) {
        return slider("FloatLogSliderModel", "FloatLogSliderView", description)
                .set("base", 10.0).set("min", minExponent).set("max", maxExponent).set("step", exponentStep)
                .set("value", value).set("readout_format", ".3g").build();
    }

    static Widget intSlider(String description, int min, int max, int step, int value) {
        return slider("IntSliderModel", "IntSliderView", description)
                .set("min", min).set("max", max).set("step", step).set("value", value).set("readout_format", "d").build();
    }

    static Widget dropdown(String description, List<String> labels, int index) {
        return control("DropdownModel", "DropdownView", "DescriptionStyleModel", description)
                .set("_options_labels", labels).set("index", index).build();
    }

    static Widget toggleButtons(String description, List<String> labels, int index) {
        return control("ToggleButtonsModel", "ToggleButtonsView", "ToggleButtonsStyleModel", description)
                .set("_options_labels", labels).set("index", index).set("button_style", "")
                .set("icons", List.of()).set("tooltips", List.of()).build();
    }

    static Widget checkbox(String description, boolean value) {
        return control("CheckboxModel", "CheckboxView", "CheckboxStyleModel", description)
                .set("value", value).set("indent", true).build();
    }

    /** A button; its clicks arrive as custom messages {@code {event: "click"}}. */
    static Widget button(String description) {
        return new Builder("ButtonModel", "ButtonView", "ButtonStyleModel")
                .set("description", description).set("button_style", "primary").set("icon", "")
                .set("disabled", false).build();
    }

    /** An HTML readout (its {@code value} is HTML). */
    static Widget html(String value) {
        return control("HTMLModel", "HTMLView", "HTMLStyleModel", "").set("value", value).build();
    }

    /**
     * An Output widget ({@code @jupyter-widgets/output} 1.0.0) showing {@code bundle} as one
     * {@code display_data} output. Its {@code outputs} state is what the front end draws, so a
     * state update redraws it from any thread, with no message parent to route.
     */
    static Widget output(Map<String, Object> bundle) {
        WidgetModel layout = new WidgetModel(BASE, VERSION, "LayoutModel", BASE, VERSION, "LayoutView");
        WidgetModel output = new WidgetModel(OUTPUT, OUTPUT_VERSION, "OutputModel", OUTPUT, OUTPUT_VERSION, "OutputView")
                .with("_dom_classes", List.of()).with("layout", layout.reference()).with("msg_id", "")
                .with("outputs", outputs(bundle));
        return new Widget(output, List.of(layout, output));
    }

    /** The {@code outputs} state of an Output widget showing {@code bundle}. */
    static List<Map<String, Object>> outputs(Map<String, Object> bundle) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "display_data");
        output.put("data", bundle);
        output.put("metadata", Map.of());
        return List.of(output);
    }

    /** A vertical box of {@code children}. */
    static Widget vbox(List<WidgetModel> children) {
        return new Builder("VBoxModel", "VBoxView", null)
                .set("children", children.stream().map(WidgetModel::reference).toList()).set("box_style", "").build();
    }

    private static Builder slider(String model, String view, String description) {
        return control(model, view, "SliderStyleModel", description)
                .set("orientation", "horizontal").set("readout", true).set("continuous_update", true)
                .set("behavior", "drag-tap").set("disabled", false);
    }

    private static Builder control(String model, String view, String style, String description) {
        return new Builder(model, view, style).set("description", description).set("description_allow_html", false)
                .set("disabled", false);
    }

    /** Collects a control's state, then makes its layout and style models. */
    private static final class Builder {
        private final WidgetModel model;
        private final String styleModel;

        Builder(String modelName, String viewName, String styleModel) {
            this.model = new WidgetModel(CONTROLS, VERSION, modelName, CONTROLS, VERSION, viewName);
            this.styleModel = styleModel;
            model.with("_dom_classes", List.of());
        }

        Builder set(String key, Object value) {
            model.with(key, value);
            return this;
        }

        Widget build() {
            List<WidgetModel> models = new ArrayList<>();
            WidgetModel layout = new WidgetModel(BASE, VERSION, "LayoutModel", BASE, VERSION, "LayoutView");
            models.add(layout);
            model.with("layout", layout.reference());
            if (styleModel != null) {
                WidgetModel style = new WidgetModel(CONTROLS, VERSION, styleModel, BASE, VERSION, "StyleView");
                if (!styleModel.equals("ButtonStyleModel")) {
                    style.with("description_width", "initial"); // show long labels whole
                }
                models.add(style);
                model.with("style", style.reference());
            }
            models.add(model);
            return new Widget(model, List.copyOf(models));
        }
    }
}
