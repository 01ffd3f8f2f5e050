package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void linesAreFormattedInTheRootLocaleAndListsAreSeparatedFromText() {
        Markdown md = Markdown.of("### What we measured")
                .bullet("accuracy %.3f with, %.3f without", 0.8234, 0.5631).bullet("%d of %d changed", 46, 200)
                .paragraph("Done in %s.", "a minute");
        assertEquals("### What we measured\n\n- accuracy 0.823 with, 0.563 without\n- 46 of 200 changed\n\nDone in a minute.",
                md.text());
        assertEquals("100% sure", Markdown.of("100% sure").text());
    }
}
