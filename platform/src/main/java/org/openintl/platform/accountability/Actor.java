package org.openintl.platform.accountability;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who causes a write or a read, for the change logs and the audit log: the {@code sub} of the verified token (an id,
 * not a name: Keycloak's is a UUID) and the request id. Work outside a request (a Kafka listener, a scheduled scan)
 * is done by {@link #SYSTEM} unless it runs {@link #as} someone, e.g. the rows of an import as the user who started it.
 *
 * @param subject the token's {@code sub}; {@code system} for the service's own work
 * @param requestId the request's {@code X-Request-Id}; {@code null} for the service's own work
 */
public record Actor(String subject, String requestId) {

    public static final Actor SYSTEM = new Actor("system", null);

    private static final ThreadLocal<Actor> ASSUMED = new ThreadLocal<>();

    /** The actor of the current thread: an assumed one, else the caller of the current request, else {@link #SYSTEM}. */
    public static Actor current() {
        Actor assumed = ASSUMED.get();
        if (assumed != null) {
            return assumed;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            String subject = token.getToken().getSubject();
            return new Actor(subject != null ? subject : token.getName(), RequestIds.current());
        }
        return RequestIds.current() == null ? SYSTEM : new Actor(SYSTEM.subject(), RequestIds.current());
    }

    /** Runs {@code work} on this thread as {@code actor} (work handed to another thread on someone's behalf). */
    public static <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = ASSUMED.get();
        ASSUMED.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ASSUMED.remove();
            } else {
                ASSUMED.set(previous);
            }
        }
    }
}
