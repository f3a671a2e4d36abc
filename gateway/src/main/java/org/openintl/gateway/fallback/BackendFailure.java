package org.openintl.gateway.fallback;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Why a routed call failed, as far as the caller should know. */
enum BackendFailure {
    /** The service took longer than the response timeout (or the breaker's time limiter). */
    TIMEOUT,
    /** The breaker is open: the call was not even attempted. */
    BREAKER_OPEN,
    /** The service's bulkhead is full: the gateway already waits on as many calls to it as it allows. */
    BUSY,
    /** Connection refused, reset or timed out while connecting: the service is not there. */
    UNREACHABLE;

    /** Deep enough for the wrappers Reactor Netty, the gateway and Resilience4j put around a cause. */
    private static final int MAX_CAUSE_DEPTH = 10;

    /** The first cause of the given type, if the failure has one. */
    static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static BackendFailure of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return BREAKER_OPEN;
            }
            if (cause instanceof BulkheadFullException) {
                return BUSY;
            }
            if (cause instanceof TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || (cause instanceof ResponseStatusException status
                            && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
                return TIMEOUT;
            }
        }
        return UNREACHABLE;
    }
}
