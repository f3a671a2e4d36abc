package org.openintl.gateway.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openintl.access.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the gateway's ProblemDetails, of the {@link ProblemType}s the services use as well. */
public final class Problems {

    /**
     * The types the gateway gives answers it did not make itself (a framework's 400, 404, 405 ...): a 400 there is a
     * request the gateway could not read, never a rule of a domain it does not know.
     */
    private static final Set<ProblemType> FOR_FRAMEWORK_ANSWERS = EnumSet.of(
            ProblemType.MALFORMED,
            ProblemType.UNAUTHORIZED,
            ProblemType.FORBIDDEN,
            ProblemType.NOT_FOUND,
            ProblemType.METHOD_NOT_ALLOWED,
            ProblemType.NOT_ACCEPTABLE,
            ProblemType.PAYLOAD_TOO_LARGE,
            ProblemType.UNSUPPORTED_MEDIA_TYPE,
            ProblemType.TOO_MANY_REQUESTS,
            ProblemType.INTERNAL,
            ProblemType.SERVICE_UNAVAILABLE,
            ProblemType.GATEWAY_TIMEOUT);

    private Problems() {}

    public static ProblemDetail problem(ProblemType type, String detail, @Nullable URI instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(instance);
        return problem;
    }

    /**
     * A problem for a status the gateway has no dedicated type for keeps RFC 9457's {@code about:blank}: it then means
     * exactly what the status says, which is more honest than borrowing an unrelated type.
     */
    public static ProblemDetail forStatus(HttpStatusCode status, String detail, @Nullable URI instance) {
        return typeFor(status.value())
                .map(type -> problem(type, detail, instance))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
                    HttpStatus known = HttpStatus.resolve(status.value());
                    problem.setTitle(known != null ? known.getReasonPhrase() : "HTTP " + status.value());
                    problem.setInstance(instance);
                    return problem;
                });
    }

    private static Optional<ProblemType> typeFor(int status) {
        return Arrays.stream(ProblemType.values())
                .filter(FOR_FRAMEWORK_ANSWERS::contains)
                .filter(type -> type.status() == status)
                .findFirst();
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
