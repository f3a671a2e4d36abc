package org.openintl.console.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.console.ConsoleProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every call the console makes goes through here: to the gateway, with the user's token, so the API's rules decide
 * what the user may do. A 4xx or 5xx answer becomes an {@link ApiProblem}; a gateway that cannot be reached a 503
 * problem, shown on the page like any other.
 */
@Component
public class GatewayApi {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    private final RestClient client;
    private final URI base;
    private final UserToken token;
    private final JsonMapper json;

    GatewayApi(RestClient.Builder builder, ConsoleProperties properties, UserToken token, JsonMapper json) {
        this.base = properties.apiUri();
        this.client = builder.build();
        this.token = token;
        this.json = json;
    }

    public ApiResult get(String path, Map<String, ?> query) {
        return call(HttpMethod.GET, uri(path, query), null, null, null);
    }

    public ApiResult get(String path) {
        return get(path, Map.of());
    }

    /** A create, safe to retry: the same form submitted twice makes one record (the form carries the key). */
    public ApiResult create(String path, Object body, UUID idempotencyKey) {
        return call(HttpMethod.POST, uri(path, Map.of()), body, null, idempotencyKey);
    }

    public ApiResult post(String path, Object body, String ifMatch) {
        return call(HttpMethod.POST, uri(path, Map.of()), body, ifMatch, null);
    }

    public ApiResult put(String path, Object body, String ifMatch) {
        return call(HttpMethod.PUT, uri(path, Map.of()), body, ifMatch, null);
    }

    /** A JSON Merge Patch (RFC 7396) guarded by {@code If-Match}. */
    public ApiResult patch(String path, Object body, String ifMatch) {
        RestClient.RequestBodySpec spec = client.method(HttpMethod.PATCH).uri(uri(path, Map.of()));
        if (ifMatch != null && !ifMatch.isBlank()) {
            spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return exchange(spec.contentType(MediaType.valueOf("application/merge-patch+json"))
                .body(body));
    }

    /**
     * Sends a file as it is (an import: CSV or an Excel workbook, {@code type} says which); answers the job the API
     * started, or with {@code ?dryRun=true} in {@code path} what an import would do.
     */
    public ApiResult postFile(
            String path, Map<String, ?> query, InputStream file, MediaType type, UUID idempotencyKey) {
        try {
            byte[] bytes = file.readAllBytes();
            RestClient.RequestBodySpec spec =
                    client.post().uri(uri(path, query)).contentType(type);
            if (idempotencyKey != null) {
                spec.header("Idempotency-Key", idempotencyKey.toString());
            }
            return exchange(spec.body(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a file the API streams (an export, a template) to the stream {@code out} gives, without holding it in
     * memory; {@code out} is asked only once the API answered with the file, so an error can still become a page.
     */
    public void streamFile(String path, Map<String, ?> query, MediaType accept, IoSupplier<OutputStream> out) {
        client.get()
                .uri(uri(path, query))
                .headers(this::authorize)
                .accept(accept, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw problem(response.getStatusCode().value(), response.getBody());
                    }
                    response.getBody().transferTo(out.get());
                    return null;
                });
    }

    /** Where a streamed file goes, opened when it is known to come. */
    @FunctionalInterface
    public interface IoSupplier<T> {
        T get() throws IOException;
    }

    private ApiResult call(HttpMethod method, URI uri, Object body, String ifMatch, UUID idempotencyKey) {
        RestClient.RequestBodySpec spec = client.method(method).uri(uri);
        if (ifMatch != null && !ifMatch.isBlank()) {
            spec.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey.toString());
        }
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return exchange(spec);
    }

    private ApiResult exchange(RestClient.RequestHeadersSpec<?> spec) {
        try {
            return spec.headers(this::authorize)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status >= 400) {
                            throw problem(status, response.getBody());
                        }
                        HttpHeaders headers = response.getHeaders();
                        Map<String, Object> map = status == 204 ? Map.of() : response.bodyTo(OBJECT);
                        return new ApiResult(
                                map == null ? Map.of() : map,
                                headers.getETag(),
                                headers.getLocation() == null
                                        ? null
                                        : headers.getLocation().toString());
                    });
        } catch (org.springframework.web.client.ResourceAccessException e) {
            throw new ApiProblem(
                    503,
                    "urn:intl:problem:service-unavailable",
                    "Service unavailable",
                    "the API cannot be reached",
                    Map.of(),
                    List.of());
        }
    }

    private void authorize(HttpHeaders headers) {
        headers.setBearerAuth(token.current());
    }

    /** The ProblemDetail of an error answer; a body that is not one still gives its status. */
    private ApiProblem problem(int status, InputStream body) {
        Map<String, Object> map;
        try {
            map = json.readValue(body, OBJECT_TYPE);
        } catch (RuntimeException e) {
            map = Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (map.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> e && e.get("field") != null) {
                    fields.merge(
                            String.valueOf(e.get("field")), String.valueOf(e.get("message")), (a, b) -> a + "; " + b);
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        if (map.get("allowed") instanceof List<?> moves) {
            moves.forEach(m -> allowed.add(String.valueOf(m)));
        }
        return new ApiProblem(
                status, text(map.get("type")), text(map.get("title")), text(map.get("detail")), fields, allowed);
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> OBJECT_TYPE =
            new tools.jackson.core.type.TypeReference<>() {};

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The gateway's URL of {@code path} with the query's non-blank values, each encoded in full. */
    private URI uri(String path, Map<String, ?> query) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base).path(path);
        Map<String, Object> values = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, ?> entry : query.entrySet()) {
            Object value = entry.getValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String name = "v" + i++;
            builder.queryParam(entry.getKey(), "{" + name + "}");
            values.put(name, value.toString());
        }
        return builder.encode().buildAndExpand(values).toUri();
    }
}
