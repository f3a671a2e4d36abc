package org.openintl.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openintl.access.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * ProblemDetails written straight to the servlet response, for the answers given before Spring MVC runs (a filter
 * refusing a query, the firewall, the error page, Tomcat itself). Same shape and {@code type} URIs as
 * {@link ProblemDetailsAdvice}'s.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    /** The {@code type} for a bare status: ours when we have one, else one named after the status. */
    public static URI typeFor(int status) {
        if (status == 400) {
            return ProblemType.MALFORMED.uri();
        }
        Optional<ProblemType> type = ProblemType.forStatus(status);
        if (type.isPresent()) {
            return type.get().uri();
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == null
                ? "status-" + status
                : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return URI.create("urn:intl:problem:" + slug);
    }

    public static String titleFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    /** The body as a JSON string; {@code errors} may be empty. */
    public static String body(int status, String detail, String instance, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeFor(status).toString());
        body.put("title", titleFor(status));
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null && isUriReference(instance)) {
            body.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return JSON.writeValueAsString(body);
    }

    public static void write(
            HttpServletResponse response, int status, String detail, String instance, List<FieldError> errors)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(status, detail, instance, errors));
        response.flushBuffer();
    }

    private static boolean isUriReference(String s) {
        try {
            URI.create(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
