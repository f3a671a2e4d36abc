package org.openintl.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}): what the container forwards to when something fails outside Spring MVC's
 * exception handling (a filter throws, {@code sendError} from the firewall or a filter). Replaces Spring Boot's,
 * whose JSON is not a ProblemDetail.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<String> error(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            // the container includes this page after an answer that already started (and then aborts the
            // connection): nothing may be appended to a half-written body
            return ResponseEntity.noContent().build();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail;
        if (status >= 500) {
            log.error("{} {} failed before reaching a controller", request.getMethod(), uri, failure);
            detail = "An unexpected error occurred; it has been logged";
        } else {
            detail = ProblemResponses.titleFor(status);
        }
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body(ProblemResponses.body(status, detail, uri == null ? null : uri.toString(), List.of()));
    }
}
