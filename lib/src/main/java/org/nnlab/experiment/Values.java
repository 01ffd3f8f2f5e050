package org.nnlab.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an {@link Interactive}'s controls for one run, by label, fixed when the run
 * starts (a control moved during the run is seen by the next run). Typed reads check the
 * control's type: {@code getInt("depth")} on an integer slider, {@code getDouble} on a slider,
 * {@code getBoolean} on a checkbox, {@code get("activation", Activation.class)} on a choice; or
 * {@link #get(Control)} with the control itself, typed by the compiler.
 */
public final class Values {
    private final Map<String, Object> byLabel;
    private final Map<String, Control<?>> controls;

    private Values(Map<String, Object> byLabel, Map<String, Control<?>> controls) {
        this.byLabel = byLabel;
        this.controls = controls;
    }

    /** The current values of {@code controls}. */
    static Values of(List<Control<?>> controls) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Control<?>> byLabel = new LinkedHashMap<>();
        for (Control<?> control : controls) {
            values.put(control.label(), control.get());
            byLabel.put(control.label(), control);
        }
        return new Values(Collections.unmodifiableMap(values), byLabel);
    }

    /** The value of the control labelled {@code label}. */
    public Object get(String label) {
        control(label);
        return byLabel.get(label);
    }

    /** The value of {@code control}, as its own type. */
    @SuppressWarnings("unchecked")
    public <T> T get(Control<T> control) {
        if (controls.get(control.label()) != control) {
            throw new IllegalArgumentException("Values.get: control must be one of this experiment's controls "
                    + controls.keySet() + ", got " + control.label() + "; pass it to Interactive.of(...)");
        }
        return (T) byLabel.get(control.label());
    }

    /** The value of the control labelled {@code label}, which must be of {@code type}. */
    public <T> T get(String label, Class<T> type) {
        Object value = get(label);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Values.get: " + label + " must be a " + type.getSimpleName()
                    + ", got " + (value == null ? "null" : value.getClass().getSimpleName()) + " " + value
                    + " (" + controls.get(label).kind() + ")");
        }
        return type.cast(value);
    }

    /** The value of a slider or log slider (an integer slider's value widened). */
    public double getDouble(String label) {
        return get(label, Number.class).doubleValue();
    }

    /** The value of an integer slider. */
    public int getInt(String label) {
        return get(label, Integer.class);
    }

    /** The value of a checkbox. */
    public boolean getBoolean(String label) {
        return get(label, Boolean.class);
    }

    /** The label of a choice's selected option (or any value as text). */
    public String getString(String label) {
        return String.valueOf(get(label));
    }

    /** Label to value, in the controls' order. */
    public Map<String, Object> asMap() {
        return byLabel;
    }

    private Control<?> control(String label) {
        Control<?> control = controls.get(label);
        if (control == null) {
            throw new IllegalArgumentException("Values: label must be one of " + controls.keySet() + ", got \"" + label
                    + "\"; use a control's label exactly as given to Controls");
        }
        return control;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byLabel.forEach((label, value) -> text.append(text.length() == 0 ? "" : ", ").append(label).append(" = ")
                .append(Control.format(value)));
        return text.toString();
    }
}
