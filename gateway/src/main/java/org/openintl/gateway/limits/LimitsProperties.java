package org.openintl.gateway.limits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code intl.limits.*}.
 *
 * @param rate requests per authenticated user
 * @param anonymous requests without a token, per client address
 * @param body request body sizes
 */
@ConfigurationProperties("intl.limits")
public record LimitsProperties(
        @DefaultValue Rate rate,
        @DefaultValue Anonymous anonymous,
        @DefaultValue Body body) {

    /**
     * A token bucket per user: {@code burst} requests at once, refilled at {@code requests-per-second}.
     *
     * @param enabled off only for load tests
     */
    public record Rate(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("20") long requestsPerSecond,
            @DefaultValue("50") long burst) {

        public Rate {
            if (requestsPerSecond < 1 || burst < 1) {
                throw new IllegalArgumentException("intl.limits.rate.requests-per-second and burst must be positive");
            }
        }
    }

    /**
     * A token bucket per client address ({@code ClientAddress}) for requests that carry no token (logins, the feed,
     * Swagger UI, probes of the public port) or a refused one: {@code burst} at once, refilled at
     * {@code requests-per-second}.
     *
     * @param enabled off only for load tests
     * @param console the web console's pages (route {@code console}), counted apart
     */
    public record Anonymous(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10") long requestsPerSecond,
            @DefaultValue("60") long burst,
            @DefaultValue Console console) {

        public Anonymous {
            if (requestsPerSecond < 1 || burst < 1) {
                throw new IllegalArgumentException(
                        "intl.limits.anonymous.requests-per-second and burst must be positive");
            }
        }
    }

    /**
     * A token bucket per client address for the web console's pages, sign-in form and assets: a whole office may reach
     * the gateway from one address (a campus NAT), each page is a few requests, and what a page asks of the API is
     * limited per user by {@link Rate}.
     */
    public record Console(
            @DefaultValue("50") long requestsPerSecond,
            @DefaultValue("300") long burst) {

        public Console {
            if (requestsPerSecond < 1 || burst < 1) {
                throw new IllegalArgumentException(
                        "intl.limits.anonymous.console.requests-per-second and burst must be positive");
            }
        }
    }

    /**
     * @param maxSize for every route not listed in {@code routes}
     * @param routes larger (or smaller) limits for some paths, e.g. the CSV import
     */
    public record Body(@DefaultValue("1MB") DataSize maxSize, List<PathLimit> routes) {

        public Body {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /** A body limit for the paths matching one of {@code paths} (Spring path patterns). */
    public record PathLimit(List<String> paths, DataSize maxSize) {}
}
