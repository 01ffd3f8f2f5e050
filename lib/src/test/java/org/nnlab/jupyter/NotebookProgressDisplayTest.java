package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.nnlab.train.ProgressDisplay;

class NotebookProgressDisplayTest {
    @Test
    void theTrainerFindsTheNotebookDisplayAndItShowsNothingOutsideAKernel() {
        assertTrue(ServiceLoader.load(ProgressDisplay.class).stream()
                .anyMatch(p -> p.type() == NotebookProgressDisplay.class), "registered in META-INF/services");
        assertTrue(new NotebookProgressDisplay().create("run", false).isEmpty());
        assertTrue(ProgressDisplay.forRun("run", true).isEmpty());
    }
}
