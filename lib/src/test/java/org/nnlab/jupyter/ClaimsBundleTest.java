package org.nnlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.experiment.Claims;

class ClaimsBundleTest {
    @Test
    void theBundleCarriesATableTextAndTheClaimsAsJson() {
        Claims claims = Claims.of("Batch <norm>");
        claims.greater("ahead", 0.8, 0.5, 0.05);
        claims.atLeast("fails", 0.1, 0.5);
        claims.fact("pairs give ±1", "[1, -1]");
        Map<String, Object> bundle = ClaimsBundle.of(claims);
        assertEquals(List.of("text/html", "text/plain", ClaimsBundle.CLAIMS_MIME), List.copyOf(bundle.keySet()));
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("Batch &lt;norm&gt;: 1 of 2 claims held") && html.contains("nnlab-claim-failed"), html);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) bundle.get(ClaimsBundle.CLAIMS_MIME);
        assertEquals(1, json.get("passed"));
        assertEquals(1, json.get("failed"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("claims");
        assertEquals(3, rows.size());
        assertEquals(Map.of("claim", "ahead", "passed", true, "measured", "0.8 vs 0.5", "expected", "> 0.5 + 0.05",
                "checked", true), rows.get(0));
        assertEquals(false, rows.get(2).get("checked"));
    }
}
