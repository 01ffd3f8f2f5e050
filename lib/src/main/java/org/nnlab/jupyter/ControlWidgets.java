package org.nnlab.jupyter;

import java.util.Locale;
import java.util.Map;
import org.nnlab.experiment.Control;

/** How each nnlab {@link Control} is drawn as an ipywidgets model, and how values cross between the two. */
final class ControlWidgets {
    private ControlWidgets() {
    }

    /** The widget that draws {@code control} at its current value. */
    static Widgets.Widget widgetOf(Control<?> control) {
        String label = control.label();
        if (control instanceof Control.Slider s) {
            return Widgets.floatSlider(label, s.min(), s.max(), s.step(), s.get(), readoutFormat(s.step()));
        } else if (control instanceof Control.LogSlider s) {
            return Widgets.floatLogSlider(label, Math.log10(s.min()), Math.log10(s.max()), s.exponentStep(), s.get());
        } else if (control instanceof Control.IntSlider s) {
            return Widgets.intSlider(label, s.min(), s.max(), s.step(), s.get());
        } else if (control instanceof Control.Choice<?> c) {
            return c.buttons() ? Widgets.toggleButtons(label, c.optionLabels(), c.index())
                    : Widgets.dropdown(label, c.optionLabels(), c.index());
        } else if (control instanceof Control.Switch s) {
            return Widgets.checkbox(label, s.get());
        }
        throw new IllegalArgumentException("no widget for control " + control.getClass().getName());
    }

    /** The widget state key holding {@code control}'s value ({@code index} for choices) and its value there. */
    static Map.Entry<String, Object> stateOf(Control<?> control) {
        if (control instanceof Control.Choice<?> c) {
            return Map.entry("index", c.index());
        }
        return Map.entry("value", control.get());
    }

    /**
     * Sets {@code control} from the state keys the browser changed (ignoring keys other than its
     * value). A value the control refuses throws its {@link IllegalArgumentException}.
     */
    static void applyFromBrowser(Control<?> control, Map<String, Object> changes) {
        String key = stateOf(control).getKey();
        Object raw = changes.get(key);
        if (raw == null) {
            return;
        }
        if (control instanceof Control.Slider s) {
            s.set(number(control, raw).doubleValue());
        } else if (control instanceof Control.LogSlider s) {
            s.set(number(control, raw).doubleValue());
        } else if (control instanceof Control.IntSlider s) {
            s.set(number(control, raw).intValue());
        } else if (control instanceof Control.Choice<?> c) {
            c.select(number(control, raw).intValue());
        } else if (control instanceof Control.Switch s) {
            s.set(Boolean.TRUE.equals(raw));
        }
    }

    /** Digits after the point that show every step of a linear slider: 2 for 0.01, 0 for 5. */
    static String readoutFormat(double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, ".%df", Math.min(decimals, 6));
    }

    private static Number number(Control<?> control, Object raw) {
        if (raw instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException(control.label() + ": value must be a number, got " + raw);
    }
}
