package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text written by the run, so that prose quoting measured numbers never goes stale: a notebook
 * cell ends with a {@code Markdown} value and it renders as formatted text. Lines are added with
 * {@link String#format} patterns in the root locale (a dot as decimal separator).
 *
 * <pre>{@code
 * Markdown.of("### What we measured")
 *         .bullet("With batch norm: %.3f validation accuracy; without: %.3f.", withBn, without)
 * }</pre>
 */
public final class Markdown {
    private final List<String> lines = new ArrayList<>();

    private Markdown(String first) {
        lines.add(first);
    }

    /** Markdown starting with {@code text} (a heading, a paragraph, ...), formatted with {@code args}. */
    public static Markdown of(String text, Object... args) {
        return new Markdown(format(text, args));
    }

    /** A new paragraph. */
    public Markdown paragraph(String text, Object... args) {
        lines.add("");
        lines.add(format(text, args));
        return this;
    }

    /** A bullet point (a list starts with the first one after other text). */
    public Markdown bullet(String text, Object... args) {
        if (!lines.get(lines.size() - 1).startsWith("- ")) {
            lines.add("");
        }
        lines.add("- " + format(text, args));
        return this;
    }

    /** The Markdown source. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return text();
    }

    private static String format(String text, Object... args) {
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }
}
