package org.openintl.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The stable {@code type} of every ProblemDetail the services answer with (documented in docs/problems.md). */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Illegal state transition"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    STALE_VERSION("stale-version", HttpStatus.PRECONDITION_FAILED, "Precondition failed"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "Precondition required"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long"),
    HEADERS_TOO_LARGE(
            "request-headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UNKNOWN_REFERENCE("unknown-reference", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown reference"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
    INVALID_EVENT("invalid-event", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid event"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create("urn:intl:problem:" + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type of a status the server answers without a more precise reason (400 is a malformed request). */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status.value() == status
                    && t != MALFORMED
                    && t != IDEMPOTENCY_KEY_REUSED
                    && t != CONFLICT
                    && t != INVALID_EVENT) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
