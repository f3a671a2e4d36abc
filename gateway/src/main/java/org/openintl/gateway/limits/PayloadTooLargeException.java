package org.openintl.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A chunked body that outgrew its limit while streaming. On a proxied route it surfaces in the circuit breaker's
 * fallback (which answers 413 and which the breaker does not count as the service's failure); elsewhere the error
 * handler answers it like any {@link ResponseStatusException}.
 */
public class PayloadTooLargeException extends ResponseStatusException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + BodyLimitWebFilter.describe(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
