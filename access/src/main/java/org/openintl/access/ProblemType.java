package org.openintl.access;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stable {@code type} of every RFC 9457 ProblemDetail the gateway and the services answer with, one list for
 * both, so that a client handles {@code urn:intl:problem:forbidden} the same wherever it came from.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED("malformed-request", 400, "Malformed request"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "Illegal state transition"),
    CONFLICT("conflict", 409, "Conflict"),
    STALE_VERSION("stale-version", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    URI_TOO_LONG("uri-too-long", 414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNKNOWN_REFERENCE("unknown-reference", 422, "Unknown reference"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency key reused"),
    INVALID_EVENT("invalid-event", 422, "Invalid event"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    HEADERS_TOO_LARGE("request-headers-too-large", 431, "Request headers too large"),
    INTERNAL("internal", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout");

    private static final String PREFIX = "urn:intl:problem:";

    private final String slug;
    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.uri = URI.create(PREFIX + slug);
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return uri;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The general type of a status, for answers that were not made by one of ours (a framework's 404, 405, 413):
     * the first of the list with that status, leaving out the specialised ones of the same status.
     */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .filter(type -> type != MALFORMED && type != IDEMPOTENCY_KEY_REUSED && type != CONFLICT)
                .findFirst();
    }
}
