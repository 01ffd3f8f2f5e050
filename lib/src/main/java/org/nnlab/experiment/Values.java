package org.nnlab.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.check.Require;

/**
 * Named values fixed for one run: those of an {@link Interactive}'s controls, by label, taken when
 * the run starts (a control moved during the run is seen by the next run), or one configuration of
 * a {@link SearchSpace}, by hyperparameter name. Typed reads check the type: {@code getInt("depth")}
 * on an integer slider or an integer choice, {@code getDouble} on a slider or a range,
 * {@code getBoolean} on a checkbox, {@code get("activation", Activation.class)} on a choice; or
 * {@link #get(Control)} with the control itself, typed by the compiler. {@link #toString()}
 * ("depth = 2, rate = 0.001") is the label an {@link Experiment#sweep} names the run with.
 */
public final class Values {
    private final Map<String, Object> byLabel;
    private final Map<String, String> kinds;
    private final Map<String, Control<?>> controls;
    private final SearchSpace space;

    private Values(Map<String, Object> byLabel, Map<String, String> kinds, Map<String, Control<?>> controls, SearchSpace space) {
        this.byLabel = Collections.unmodifiableMap(byLabel);
        this.kinds = kinds;
        this.controls = controls;
        this.space = space;
    }

    /** The current values of {@code controls}. */
    static Values of(List<Control<?>> controls) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, Control<?>> byLabel = new LinkedHashMap<>();
        for (Control<?> control : controls) {
            values.put(control.label(), control.get());
            kinds.put(control.label(), control.kind());
            byLabel.put(control.label(), control);
        }
        return new Values(values, kinds, byLabel, null);
    }

    /** One configuration of {@code space}: a value per hyperparameter, in the space's order. */
    static Values of(SearchSpace space, Map<String, Object> values) {
        Map<String, String> kinds = new LinkedHashMap<>();
        values.keySet().forEach(name -> kinds.put(name, space.kind(name)));
        return new Values(new LinkedHashMap<>(values), kinds, Map.of(), space);
    }

    /**
     * This configuration of a {@link SearchSpace} with {@code name} set to {@code value} (not checked
     * against the space), e.g. to rerun the best one of a search with each activation.
     */
    public Values with(String name, Object value) {
        get(name);
        Require.that(space != null, "Values.with", "the values", "a configuration of a SearchSpace", this,
                "move the control instead");
        Require.notNull("Values.with", "value", value);
        Map<String, Object> changed = new LinkedHashMap<>(byLabel);
        changed.put(name, value);
        return new Values(changed, kinds, Map.of(), space);
    }

    /** The search space this configuration was drawn from, or null for the values of controls. */
    SearchSpace space() {
        return space;
    }

    /** The value labelled {@code label} (a control's label or a hyperparameter's name). */
    public Object get(String label) {
        if (!byLabel.containsKey(label)) {
            throw new IllegalArgumentException("Values: label must be one of " + byLabel.keySet() + ", got \"" + label
                    + "\"; " + (space == null ? "use a control's label exactly as given to Controls"
                            : "use a hyperparameter's name exactly as given to SearchSpace"));
        }
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
                    + " (" + kinds.get(label) + ")");
        }
        return type.cast(value);
    }

    /** The value of a slider, log slider or range (an integer's value widened). */
    public double getDouble(String label) {
        return get(label, Number.class).doubleValue();
    }

    /** The value of an integer slider, integer range or choice of integers. */
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

    /** Label to value, in the controls' (or the space's) order. */
    public Map<String, Object> asMap() {
        return byLabel;
    }

    /** "label = value, ...", with numbers to 4 significant digits. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byLabel.forEach((label, value) -> text.append(text.length() == 0 ? "" : ", ").append(label).append(" = ")
                .append(Control.format(value)));
        return text.toString();
    }
}
