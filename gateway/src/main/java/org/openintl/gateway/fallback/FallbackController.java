package org.openintl.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import java.util.Set;
import org.openintl.access.ProblemType;
import org.openintl.gateway.limits.PayloadTooLargeException;
import org.openintl.gateway.problem.Problems;
import org.openintl.gateway.routing.Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Target of every route's {@code CircuitBreaker} fallback ({@code forward:/fallback/<service>}). It takes any method,
 * because the forwarded request keeps the caller's method: a fallback that only took GET would turn a failed POST
 * into a confusing 405.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestMapping("/fallback/{serviceId}")
    ResponseEntity<ProblemDetail> fallback(@PathVariable String serviceId, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        Backend backend = Backend.byServiceId(serviceId).orElse(null);
        if (failure == null || backend == null) {
            // Only the gateway forwards here; a caller asking for it directly has found nothing.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String path = originalPath(exchange);
        PayloadTooLargeException tooLarge = BackendFailure.cause(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            // the caller's chunked body outgrew its limit while it was being forwarded: the caller's fault, not the
            // service's (the breaker ignores this exception)
            ProblemDetail problem = Problems.problem(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    tooLarge.getReason() + ", the limit for " + path,
                    Problems.instance(path));
            problem.setProperty("limitBytes", tooLarge.limit());
            return ResponseEntity.status(problem.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        BackendFailure kind = BackendFailure.of(failure);
        log.warn(
                "{} {} -> {}: {} ({})",
                exchange.getRequest().getMethod(),
                path,
                backend.serviceId(),
                kind,
                failure.toString());
        ProblemDetail problem = problem(backend, kind, exchange.getRequest().getMethod(), path);
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail problem(Backend backend, BackendFailure kind, HttpMethod method, String path) {
        String service = backend.serviceId();
        String detail = switch (kind) {
            // The service got the request and may have acted on it: a caller must not assume a write did not happen.
            case TIMEOUT ->
                SAFE_METHODS.contains(method)
                        ? service + " did not answer in time"
                        : service + " did not answer in time; the request may still have been carried out";
            case BREAKER_OPEN -> service + " is unavailable (recent calls failed, circuit breaker open)";
            case BUSY -> service + " has too many calls in progress";
            case UNREACHABLE -> service + " is unavailable";
        };
        ProblemType type =
                kind == BackendFailure.TIMEOUT ? ProblemType.GATEWAY_TIMEOUT : ProblemType.SERVICE_UNAVAILABLE;
        ProblemDetail problem = Problems.problem(type, detail, Problems.instance(path));
        problem.setProperty("service", service);
        return problem;
    }

    private static String originalPath(ServerWebExchange exchange) {
        String original = exchange.getAttribute(OriginalPathFilter.ATTRIBUTE);
        return original != null ? original : exchange.getRequest().getPath().value();
    }
}
