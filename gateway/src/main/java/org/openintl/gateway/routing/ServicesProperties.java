package org.openintl.gateway.routing;

import java.net.URI;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URIs of the services ({@code intl.services.*}). The routes in application.yml read the same keys, so the
 * overview and the proxied calls can never disagree about where a service lives.
 */
@ConfigurationProperties("intl.services")
public record ServicesProperties(URI partnershipUri, URI studentUri, URI newsUri, URI facultyUri) {

    public ServicesProperties {
        Objects.requireNonNull(partnershipUri, "intl.services.partnership-uri is required");
        Objects.requireNonNull(studentUri, "intl.services.student-uri is required");
        Objects.requireNonNull(newsUri, "intl.services.news-uri is required");
        Objects.requireNonNull(facultyUri, "intl.services.faculty-uri is required");
    }

    public URI uriOf(Backend backend) {
        return switch (backend) {
            case PARTNERSHIP -> partnershipUri;
            case STUDENT -> studentUri;
            case NEWS -> newsUri;
            case FACULTY -> facultyUri;
        };
    }
}
