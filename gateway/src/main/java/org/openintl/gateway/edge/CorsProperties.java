package org.openintl.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code intl.cors.*}. No origin is allowed unless listed: browsers on other sites cannot call the API at all.
 *
 * @param allowedOrigins e.g. {@code https://intl.example.edu}; patterns such as {@code https://*.example.edu} work
 */
@ConfigurationProperties("intl.cors")
record CorsProperties(
        List<String> allowedOrigins,

        @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})
        List<String> allowedMethods,

        @DefaultValue({"Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id", "traceparent"})
        List<String> allowedHeaders,

        @DefaultValue({"ETag", "Location", "Retry-After", "X-Request-Id", "traceparent"})
        List<String> exposedHeaders,

        @DefaultValue("1h") Duration maxAge) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
