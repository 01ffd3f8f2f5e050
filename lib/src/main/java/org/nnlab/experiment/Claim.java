package org.nnlab.experiment;

import java.util.Locale;

/**
 * One recorded claim of a notebook: what is claimed, what was measured, what the claim expects
 * (the comparison with its margin) and whether it held. A worked fact (a value shown for the
 * reader, true by construction) has {@code checked == false} and is not counted as a check.
 */
public record Claim(String claim, String measured, String expected, boolean checked, boolean passed) {

    /** "held", "FAILED" or "fact". */
    public String status() {
        return !checked ? "fact" : passed ? "held" : "FAILED";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%s] %s: %s%s", status(), claim, measured,
                expected.isEmpty() ? "" : " (expected " + expected + ")");
    }
}
