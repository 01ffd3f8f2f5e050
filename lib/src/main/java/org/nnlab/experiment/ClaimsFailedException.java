package org.nnlab.experiment;

import java.util.stream.Collectors;

/** Thrown by {@link Claims#verify()}: names every claim that did not hold, with its measurement. */
public final class ClaimsFailedException extends RuntimeException {
    private final transient Claims claims;

    ClaimsFailedException(Claims claims) {
        super(claims.failed() + " of " + (claims.passed() + claims.failed()) + " claims of '" + claims.title()
                + "' did not hold:\n" + claims.all().stream().filter(c -> c.checked() && !c.passed())
                        .map(Claim::toString).collect(Collectors.joining("\n")));
        this.claims = claims;
    }

    /** All the claims, including those that held. */
    public Claims claims() {
        return claims;
    }
}
