package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetTest {
    @Test
    void thePresetComesFromThePropertyThenTheEnvironmentAndDefaultsToQuick() {
        assertEquals(Preset.QUICK, Preset.fromSettings(null, Map.of()));
        assertEquals(Preset.LECTURE, Preset.fromSettings(null, Map.of("NNLAB_SIZE", "Lecture")));
        assertEquals(Preset.QUICK, Preset.fromSettings("quick", Map.of("NNLAB_SIZE", "lecture")));
        assertEquals(6000, Preset.LECTURE.pick(600, 6000));
        assertEquals(0.5, Preset.QUICK.pick(0.5, 0.25));
        assertEquals(List.of(64, 256), Preset.LECTURE.pick(List.of(32), List.of(64, 256)));
    }

    @Test
    void theSeedOverridesTheNotebookDefaultOnlyWhenSet() {
        assertEquals(42, Preset.seedFromSettings(null, Map.of(), 42));
        assertEquals(3, Preset.seedFromSettings(null, Map.of("NNLAB_SEED", " 3 "), 42));
        assertEquals(7, Preset.seedFromSettings("7", Map.of("NNLAB_SEED", "3"), 42));
    }

    @Test
    void badSettingsNameTheVariableTheValueAndTheChoices() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> Preset.fromSettings(null, Map.of("NNLAB_SIZE", "huge")));
        assertTrue(size.getMessage().contains("NNLAB_SIZE") && size.getMessage().contains("'huge'")
                && size.getMessage().contains("quick or lecture"), size.getMessage());
        IllegalArgumentException seed = assertThrows(IllegalArgumentException.class,
                () -> Preset.seedFromSettings("x1", Map.of(), 42));
        assertTrue(seed.getMessage().contains("nnlab.seed") && seed.getMessage().contains("'x1'"), seed.getMessage());
    }
}
