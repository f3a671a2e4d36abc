package org.openintl.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.openintl.access.testing.ForgedTokens;
import org.openintl.access.testing.ForgedTokens.Forgery;

/**
 * Sends every {@link Forgery} of {@link ForgedTokens}, built around the test key, to a service called directly and
 * insists on a 401 ProblemDetail for each, after the genuine control token was let through. Each service's test
 * calls it on one of its own paths; the answers are printed ({@code forged-token ...}) for the record.
 */
public final class ForgedTokenChecks {

    private ForgedTokenChecks() {}

    public static ForgedTokens forgeries() {
        return new ForgedTokens(TestTokens.key(), TestTokens.ISSUER, TestTokens.AUDIENCE);
    }

    /** @return the status each forgery got */
    public static Map<Forgery, Integer> assertEveryForgeryRefused(String service, Http http, String path) {
        ForgedTokens tokens = forgeries();
        Http.Response control = http.withToken(tokens.genuine()).get(path);
        assertThat(control.status()).as("the genuine token on " + path).isBetween(200, 299);
        Map<Forgery, Integer> seen = new EnumMap<>(Forgery.class);
        for (Forgery forgery : Forgery.values()) {
            Http.Response r = http.withToken(tokens.forge(forgery)).get(path);
            seen.put(forgery, r.status());
            System.out.printf("forged-token %s %s %s -> %d %s%n", service, forgery, path, r.status(), r.body());
            assertThat(r.status()).as(forgery + " on " + path).isEqualTo(401);
            assertThat(r.header("Content-Type")).as(forgery.name()).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:unauthorized");
            assertThat(r.header("WWW-Authenticate")).as(forgery.name()).contains("invalid_token");
        }
        return seen;
    }
}
