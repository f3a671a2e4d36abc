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
import org.springframework.security.authentication.AuthenticationServiceException;
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
        if (status >= 500 && issuerOutOfReach(failure)) {
            // the token could not be checked because the issuer's key set did not answer (it is fetched from the
            // issuer and cached): the request may be fine, so 503 + Retry-After as for the database, not a 500
            log.warn(
                    "{} {}: the token issuer's key set is out of reach: {}",
                    request.getMethod(),
                    uri,
                    failure.getMessage());
            return ResponseEntity.status(503)
                    .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailableAdvice.RETRY_AFTER.toSeconds()))
                    .body(ProblemResponses.body(
                            503,
                            "The sign-in keys could not be read from the token issuer; try again shortly",
                            uri == null ? null : uri.toString(),
                            List.of()));
        }
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

    /** Spring Security's wrapper for a token decoder that failed for want of the key set, not for the token. */
    private static boolean issuerOutOfReach(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationServiceException) {
                return true;
            }
        }
        return false;
    }
}
