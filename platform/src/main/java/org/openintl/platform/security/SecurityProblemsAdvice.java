package org.openintl.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.openintl.access.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A controller (or {@code @PreAuthorize}) that refuses a caller throws {@link AccessDeniedException}; without this
 * advice the catch-all handler of {@code ProblemDetailsAdvice} would turn it into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemsAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        CurrentUser user = CurrentUser.current();
        String detail = e.getMessage() != null && !e.getMessage().equals("Access Denied")
                ? e.getMessage()
                : request.getMethod() + " " + SecurityProblems.path(request) + " is not allowed for '" + user.name()
                        + "'";
        return answer(ProblemType.FORBIDDEN, detail, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return answer(ProblemType.UNAUTHORIZED, SecurityProblems.unauthorizedDetail(request, e), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemType kind, String detail, HttpServletRequest request) {
        return ResponseEntity.status(kind.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemBodies.problem(kind, detail, SecurityProblems.path(request), Map.of()));
    }
}
