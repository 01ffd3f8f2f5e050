package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlsTest {

    @Test
    void valuesAreTypedAndCheckedAndListenersHearChanges() {
        Control.IntSlider depth = Controls.intSlider("depth", 1, 12, 6);
        Control.LogSlider rate = Controls.logSlider("learning rate", 1e-4, 1, 0.1);
        Control.Choice<String> activation = Controls.dropdown("activation", List.of("relu", "tanh"), "tanh");
        List<Integer> heard = new ArrayList<>();
        depth.onChange(heard::add);
        depth.set(8);
        depth.set(8);
        assertEquals(List.of(8), heard, "only changes are heard");
        Values values = Interactive.of(depth, rate, activation).values();
        assertEquals(8, values.getInt("depth"));
        assertEquals(8.0, values.getDouble("depth"), "an integer widens to a double");
        assertEquals(0.1, values.getDouble("learning rate"));
        assertEquals("tanh", values.get(activation));
        assertEquals("depth = 8, learning rate = 0.1, activation = tanh", values.toString());

        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> depth.set(13));
        assertEquals("depth: value must be an integer in [1, 12], got 13", outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rate.set(2.0));
        assertThrows(IllegalArgumentException.class, () -> activation.set("gelu"));
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> values.getInt("learning rate"));
        assertEquals("Values.get: learning rate must be a Integer, got Double 0.1 (log slider from 0.0001 to 1)",
                wrongType.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> values.getInt("Depth"));
        assertEquals("Values: label must be one of [depth, learning rate, activation], got \"Depth\"; "
                + "use a control's label exactly as given to Controls", unknown.getMessage());
    }

    @Test
    void aChoiceMatchesOptionsWithoutEqualsByTheirLabel() {
        Control.Choice<org.nnlab.nn.Activation> activation = Controls.dropdown("activation",
                List.of(org.nnlab.nn.Activation.tanh(), org.nnlab.nn.Activation.relu()), org.nnlab.nn.Activation.relu());
        assertEquals(1, activation.index(), "a fresh relu() selects the option labelled ReLU");
        assertEquals(activation.options().get(1), activation.defaultValue());
        activation.set(org.nnlab.nn.Activation.tanh());
        assertEquals(0, activation.index());
    }

    @Test
    void badDefinitionsFailBeforeAnythingIsShown() {
        assertThrows(IllegalArgumentException.class, () -> Controls.logSlider("scale", 0, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Controls.intSlider("depth", 1, 12, 20));
        assertThrows(IllegalArgumentException.class, () -> Controls.dropdown("a", List.of("x", "x"), "x"));
        assertThrows(IllegalArgumentException.class, () -> Interactive.of(Controls.checkbox("a", true), Controls.checkbox("a", false)));
    }

    @Test
    void describeSaysWhatEachControlSetsAndItsDefault() {
        Interactive interactive = Interactive.of(Controls.logSlider("learning rate", 1e-4, 1, 0.1),
                Controls.slider("dropout rate", 0, 0.9, 0.05, 0.5), Controls.checkbox("batch norm", true));
        assertEquals(List.of("learning rate: 0.1 (log slider from 0.0001 to 1)", "dropout rate: 0.5 (slider from 0 to 0.9)",
                "batch norm: on (on or off)"), interactive.describe());
    }

    @Test
    void outsideANotebookShowRunsTheExperimentOnceWithTheDefaults() {
        List<Values> runs = new ArrayList<>();
        Interactive.of(Controls.intSlider("depth", 1, 12, 6)).show(runs::add);
        assertEquals(1, runs.size());
        assertEquals(6, runs.get(0).getInt("depth"));
    }
}
