package org.nnlab.jupyter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.experiment.Claim;
import org.nnlab.experiment.Claims;

/**
 * The MIME bundle of a notebook's {@link Claims}: an HTML table (status, claim, measured,
 * expected), the same as text, and {@value #CLAIMS_MIME} with
 * {@code {title, passed, failed, claims: [{claim, passed, measured, expected, checked}]}} for tools
 * that read executed notebooks (the course site counts the claims that held).
 */
public final class ClaimsBundle {
    public static final String CLAIMS_MIME = "application/vnd.nnlab.claims+json";

    private ClaimsBundle() {
    }

    public static Map<String, Object> of(Claims claims) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", html(claims));
        bundle.put("text/plain", claims.toString());
        bundle.put(CLAIMS_MIME, json(claims));
        return bundle;
    }

    static Map<String, Object> json(Claims claims) {
        List<Map<String, Object>> rows = claims.all().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim", c.claim());
            row.put("passed", c.passed());
            row.put("measured", c.measured());
            row.put("expected", c.expected());
            row.put("checked", c.checked());
            return row;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", claims.title());
        json.put("passed", claims.passed());
        json.put("failed", claims.failed());
        json.put("claims", rows);
        return json;
    }

    static String html(Claims claims) {
        StringBuilder html = new StringBuilder("<table class=\"nnlab-table nnlab-claims\">\n<caption>")
                .append(Html.escape(claims.title() + ": " + claims.passed() + " of " + (claims.passed() + claims.failed())
                        + " claims held"))
                .append("</caption>\n<thead><tr><th></th><th>claim</th><th>measured</th><th>expected</th></tr></thead>\n<tbody>\n");
        for (Claim c : claims.all()) {
            String mark = !c.checked() ? "&#8226;" : c.passed() ? "&#10003;" : "&#10007;";
            String colour = !c.checked() ? "inherit" : c.passed() ? "#1a7f37" : "#cf222e";
            html.append("<tr class=\"nnlab-claim-").append(c.status().toLowerCase()).append("\">")
                    .append("<td style=\"color:").append(colour).append("\" title=\"").append(c.status()).append("\">")
                    .append(mark).append("</td><td style=\"text-align:left\">").append(Html.escape(c.claim()))
                    .append("</td><td>").append(Html.escape(c.measured())).append("</td><td>")
                    .append(Html.escape(c.expected())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }
}
