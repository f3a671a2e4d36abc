package org.openintl.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The two ProblemDetails of this package, with the same {@code type} URIs the gateway uses. */
final class ProblemBodies {

    enum Kind {
        UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
        FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden");

        final String type;
        final HttpStatus status;
        final String title;

        Kind(String slug, HttpStatus status, String title) {
            this.type = "urn:intl:problem:" + slug;
            this.status = status;
            this.title = title;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemBodies() {}

    static ProblemDetail problem(Kind kind, String detail, String path, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status, detail);
        problem.setType(java.net.URI.create(kind.type));
        problem.setTitle(kind.title);
        try {
            problem.setInstance(java.net.URI.create(path));
        } catch (IllegalArgumentException e) {
            // a path that is no valid URI reference is left out rather than failing the answer
        }
        extra.forEach(problem::setProperty);
        return problem;
    }

    /** Written by hand: these answers are produced in the filter chain, before Spring MVC's converters exist. */
    static void write(HttpServletResponse response, Kind kind, String detail, String path, Map<String, Object> extra)
            throws IOException {
        ProblemDetail problem = problem(kind, detail, path, extra);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(kind.status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
