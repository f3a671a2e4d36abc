package org.openintl.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every error that escapes routing and the gateway's own endpoints (unknown path, wrong method, unexpected
 * failure) with a ProblemDetail. It replaces Spring Boot's default handler, which would answer with its own JSON shape
 * or a whitelabel HTML page depending on {@code Accept}.
 */
@Component
@Order(-2)
class ProblemDetailErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailErrorHandler.class);

    private final ProblemWriter writer;

    ProblemDetailErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status =
                error instanceof ErrorResponse response ? response.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpHeaders headers = error instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
        String path = exchange.getRequest().getPath().value();
        if (status.is5xxServerError()) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), path, error);
        }
        ProblemDetail problem = Problems.forStatus(status, detail(error, status, exchange), Problems.instance(path));
        return writer.write(exchange, problem, h -> h.addAll(headers));
    }

    private static String detail(Throwable error, HttpStatusCode status, ServerWebExchange exchange) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            // Spring's own text ("No matching handler") describes its internals, not the caller's mistake.
            return "Nothing is served at " + exchange.getRequest().getPath().value();
        }
        if (status.is5xxServerError()) {
            // Exception messages of unexpected failures can reveal internals; the log has them.
            return "The gateway could not handle the request";
        }
        if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        return status.toString();
    }
}
