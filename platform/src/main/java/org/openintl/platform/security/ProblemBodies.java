package org.openintl.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openintl.access.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The 401 and 403 ProblemDetails of this package, of the {@link ProblemType}s the gateway uses as well. */
final class ProblemBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemBodies() {}

    static ProblemDetail problem(ProblemType kind, String detail, String path, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(kind.status()), detail);
        problem.setType(kind.uri());
        problem.setTitle(kind.title());
        try {
            problem.setInstance(java.net.URI.create(path));
        } catch (IllegalArgumentException e) {
            // a path that is no valid URI reference is left out rather than failing the answer
        }
        extra.forEach(problem::setProperty);
        return problem;
    }

    /** Written by hand: these answers are produced in the filter chain, before Spring MVC's converters exist. */
    static void write(
            HttpServletResponse response, ProblemType kind, String detail, String path, Map<String, Object> extra)
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
        response.setStatus(kind.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
