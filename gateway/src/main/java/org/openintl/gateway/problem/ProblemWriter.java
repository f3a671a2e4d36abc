package org.openintl.gateway.problem;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a ProblemDetail as the whole response, with the same codecs as the controllers: for the error handler and
 * for the web filters that answer a request themselves (401, 403, 413, 429, refused CORS).
 */
@Component
public class ProblemWriter {

    private final ServerResponse.Context context;

    ProblemWriter(ServerCodecConfigurer codecs) {
        this.context = new WritersOnly(codecs.getWriters());
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        return write(exchange, problem, headers -> {});
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> headers) {
        return ServerResponse.status(HttpStatusCode.valueOf(problem.getStatus()))
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    /** Error responses are always JSON, so views never take part in writing them. */
    private record WritersOnly(List<HttpMessageWriter<?>> messageWriters) implements ServerResponse.Context {

        @Override
        public List<ViewResolver> viewResolvers() {
            return List.of();
        }
    }
}
