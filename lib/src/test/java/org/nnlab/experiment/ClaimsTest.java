package org.nnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimsTest {
    @Test
    void eachComparisonHoldsOnlyBeyondItsMargin() {
        Claims claims = Claims.of("t");
        assertTrue(claims.greater("a", 0.82, 0.56, 0.05).passed());
        assertFalse(claims.greater("b", 0.60, 0.56, 0.05).passed());
        assertTrue(claims.less("c", 0.1, 0.5, 0.3).passed());
        assertFalse(claims.less("d", 0.3, 0.5, 0.3).passed());
        assertTrue(claims.within("e", 0.262, 0.260, 0.01).passed());
        assertFalse(claims.within("f", 0.3, 0.26, 0.01).passed());
        assertTrue(claims.atLeast("g", 0.7, 0.7).passed());
        assertFalse(claims.atMost("h", 0.71, 0.7).passed());
        assertTrue(claims.timesAtLeast("i", 10.4, 1.0, 3).passed());
        assertFalse(claims.timesAtLeast("j", 2.9, 1.0, 3).passed());
        assertFalse(claims.holds("k", false, "46 of 200 changed").passed());
        assertFalse(claims.greater("NaN never holds", Double.NaN, 0, 0).passed());
        assertEquals(5, claims.passed());
        assertEquals(7, claims.failed());
    }

    @Test
    void aClearAccuracyGapIsThreeStandardErrorsOfTheDifference() {
        assertEquals(3 * Math.sqrt(2 * 0.8 * 0.2 / 2000), Claims.clearAccuracyGap(0.8, 2000), 1e-15);
        assertEquals(0.0379, Claims.clearAccuracyGap(0.8, 2000), 1e-4);
        assertEquals(Claims.clearAccuracyGap(0.8, 2000) / 2, Claims.clearAccuracyGap(0.8, 8000), 1e-15);
        assertEquals(0, Claims.clearAccuracyGap(1, 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Claims.clearAccuracyGap(80, 2000));
        assertTrue(e.getMessage().contains("accuracy") && e.getMessage().contains("80"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Claims.clearAccuracyGap(0.8, 0));
    }

    @Test
    void factsAreShownButNotCounted() {
        Claims claims = Claims.of("t");
        claims.fact("two rows normalize to ±1", "[1, -1]");
        claims.atLeast("accuracy", 0.9, 0.8);
        assertEquals(1, claims.passed());
        assertEquals(0, claims.failed());
        assertEquals("fact", claims.all().get(0).status());
        assertSame(claims, claims.verify());
    }

    @Test
    void verifyListsEveryFailedClaimNotJustTheFirst() {
        Claims claims = Claims.of("Batch norm");
        claims.greater("BN ahead", 0.6, 0.56, 0.05);
        claims.atLeast("held", 1, 0);
        claims.within("running mean", 0.4, 0.26, 0.05);
        ClaimsFailedException e = assertThrows(ClaimsFailedException.class, claims::verify);
        assertTrue(e.getMessage().startsWith("2 of 3 claims of 'Batch norm' did not hold"), e.getMessage());
        assertTrue(e.getMessage().contains("BN ahead: 0.6 vs 0.56 (expected > 0.56 + 0.05)"), e.getMessage());
        assertTrue(e.getMessage().contains("running mean: 0.4 (expected 0.26 ± 0.05)"), e.getMessage());
        assertFalse(e.getMessage().contains("held:"), e.getMessage());
        assertSame(claims, e.claims());
    }

    @Test
    void badClaimsAreRefusedWhenRecorded() {
        Claims claims = Claims.of("t");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> claims.greater("x", 1, 0, -0.1));
        assertTrue(negative.getMessage().contains("'x'") && negative.getMessage().contains("-0.1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> claims.within("y", 1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> claims.atLeast(" ", 1, 0));
        assertEquals(0, claims.all().size());
    }

    @Test
    void numbersShowFourSignificantDigits() {
        assertEquals("0.8234", Claims.number(0.823412));
        assertEquals("1.5e-05", Claims.number(1.5e-5));
        assertEquals("640", Claims.number(640));
        assertEquals("2.5", Claims.number(2.5));
        assertEquals("NaN", Claims.number(Double.NaN));
    }
}
