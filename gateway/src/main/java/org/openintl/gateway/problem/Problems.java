package org.openintl.gateway.problem;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the gateway's ProblemDetails. */
public final class Problems {

    private Problems() {}

    /**
     * A problem for a status the gateway has no dedicated type for keeps RFC 9457's {@code about:blank}: it then means
     * exactly what the status says, which is more honest than borrowing an unrelated type.
     */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail, @Nullable URI instance) {
        return ProblemType.forStatus(status)
                .map(type -> type.problem(detail, instance))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
                    HttpStatus known = HttpStatus.resolve(status.value());
                    problem.setTitle(known != null ? known.getReasonPhrase() : "HTTP " + status.value());
                    problem.setInstance(instance);
                    return problem;
                });
    }

    /** The request path as {@code instance}; a path that is no valid URI reference is left out rather than failing. */
    public static @Nullable URI instance(String rawPath) {
        try {
            return URI.create(rawPath);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
