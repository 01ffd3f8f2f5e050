package org.nnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nnlab.check.Require;

/**
 * A notebook's claims and whether its measurements bear them out. Record each claim where its
 * evidence is measured; end the notebook with {@link #verify()}, which shows the table (in a
 * notebook it renders as one) and throws one exception listing every claim that did not hold.
 *
 * <pre>{@code
 * Claims claims = Claims.of("Batch norm");
 * claims.greater("batch norm is ahead after 1,000 steps", accuracyWithBn, accuracyWithout, 0.05);
 * claims.within("the running mean follows 0.9^k", gapAfter10, predicted, 0.05);
 * claims.verify()
 * }</pre>
 *
 * <p>Margins belong to the claim, not to one run: "ahead by at least 5 points" is a claim, "0.823 >
 * 0.822" is a coincidence. Numbers are shown with 4 significant digits.
 */
public final class Claims {
    private final String title;
    private final List<Claim> claims = new ArrayList<>();

    private Claims(String title) {
        this.title = title;
    }

    /** An empty list of claims for the notebook or section titled {@code title}. */
    public static Claims of(String title) {
        return new Claims(title);
    }

    /** Holds if {@code measured > reference + margin}. */
    public Claim greater(String claim, double measured, double reference, double margin) {
        requireMargin(claim, margin);
        return check(claim, number(measured) + " vs " + number(reference), "> " + number(reference) + plus(margin),
                measured > reference + margin);
    }

    /** Holds if {@code measured < reference - margin}. */
    public Claim less(String claim, double measured, double reference, double margin) {
        requireMargin(claim, margin);
        return check(claim, number(measured) + " vs " + number(reference), "< " + number(reference) + minus(margin),
                measured < reference - margin);
    }

    /** Holds if {@code measured >= factor * reference} (e.g. "at least 3 times larger"). */
    public Claim timesAtLeast(String claim, double measured, double reference, double factor) {
        double ratio = measured / reference;
        return check(claim, number(measured) + " vs " + number(reference) + " (ratio " + number(ratio) + ")",
                "ratio >= " + number(factor), measured >= factor * reference);
    }

    /** Holds if {@code |measured - expected| <= tolerance}. */
    public Claim within(String claim, double measured, double expected, double tolerance) {
        requireMargin(claim, tolerance);
        return check(claim, number(measured), number(expected) + " ± " + number(tolerance),
                Math.abs(measured - expected) <= tolerance);
    }

    /** Holds if {@code measured >= bound}. */
    public Claim atLeast(String claim, double measured, double bound) {
        return check(claim, number(measured), ">= " + number(bound), measured >= bound);
    }

    /** Holds if {@code measured <= bound}. */
    public Claim atMost(String claim, double measured, double bound) {
        return check(claim, number(measured), "<= " + number(bound), measured <= bound);
    }

    /** A claim judged by the notebook itself; {@code evidence} says what was measured. */
    public Claim holds(String claim, boolean holds, String evidence) {
        return check(claim, evidence, "", holds);
    }

    /** A worked fact (true by construction, e.g. an identity): shown, not counted as a check. */
    public Claim fact(String statement, String value) {
        Claim fact = new Claim(statement, value, "", false, true);
        claims.add(fact);
        return fact;
    }

    /**
     * The smallest difference between two accuracies, each measured on {@code examples} examples,
     * that counts as clear: three standard errors of the difference, 3·√(2p(1−p)/n), with p the
     * accuracy both lie near (binomial noise of the evaluation only; the two sets are treated as
     * independent). For "clearly ahead" claims whose margin should shrink as the evaluation set grows.
     */
    public static double clearAccuracyGap(double accuracy, int examples) {
        Require.probability("Claims.clearAccuracyGap", "accuracy", accuracy);
        Require.atLeast("Claims.clearAccuracyGap", "examples", examples, 1);
        return 3 * Math.sqrt(2 * accuracy * (1 - accuracy) / examples);
    }

    /** Every claim and fact recorded, in order. */
    public List<Claim> all() {
        return List.copyOf(claims);
    }

    public String title() {
        return title;
    }

    /** Checks (not facts) that held. */
    public int passed() {
        return (int) claims.stream().filter(c -> c.checked() && c.passed()).count();
    }

    /** Checks that did not hold. */
    public int failed() {
        return (int) claims.stream().filter(c -> c.checked() && !c.passed()).count();
    }

    /**
     * Returns these claims (so a notebook cell ending with {@code claims.verify()} shows the table)
     * if every check held; otherwise throws a {@link ClaimsFailedException} listing every failed one.
     */
    public Claims verify() {
        if (failed() > 0) {
            throw new ClaimsFailedException(this);
        }
        return this;
    }

    /** A text table: status, claim, measured, expected. */
    @Override
    public String toString() {
        String rows = claims.stream().map(Claim::toString).collect(Collectors.joining("\n"));
        return title + ": " + passed() + " of " + (passed() + failed()) + " claims held\n" + rows;
    }

    private Claim check(String claim, String measured, String expected, boolean passed) {
        Require.that(claim != null && !claim.isBlank(), "Claims", "the claim", "a text saying what is claimed",
                claim == null ? null : "'" + claim + "'");
        Claim recorded = new Claim(claim, measured, expected, true, passed);
        claims.add(recorded);
        return recorded;
    }

    private static void requireMargin(String claim, double margin) {
        Require.nonNegative("Claims", "the margin of claim '" + claim + "'", margin);
    }

    private static String plus(double margin) {
        return margin == 0 ? "" : " + " + number(margin);
    }

    private static String minus(double margin) {
        return margin == 0 ? "" : " - " + number(margin);
    }

    /** A number with 4 significant digits, without trailing zeros. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return String.valueOf((long) value);
        }
        String text = String.format(Locale.ROOT, "%.4g", value);
        return text.contains("e") ? text.replaceFirst("\\.?0+e", "e") : text.replaceFirst("\\.?0+$", "");
    }
}
