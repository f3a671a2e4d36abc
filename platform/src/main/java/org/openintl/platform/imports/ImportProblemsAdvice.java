package org.openintl.platform.imports;

import org.openintl.access.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers of an upload that cannot become a job (yet), for every register's import endpoint. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemsAdvice {

    /** 409 with {@code Retry-After}: the first upload with this key is not fully received yet. */
    @ExceptionHandler(StillReceivingException.class)
    ResponseEntity<ProblemDetail> stillReceiving(StillReceivingException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(StillReceivingException.RETRY_AFTER.toSeconds()));
        return problem(ProblemType.CONFLICT, e.getMessage(), headers);
    }

    /** 400: the body stopped before its end; usually nobody is left to read this answer (logged at WARN). */
    @ExceptionHandler(UploadInterruptedException.class)
    ResponseEntity<ProblemDetail> interrupted(UploadInterruptedException e) {
        return problem(ProblemType.MALFORMED, e.getMessage(), new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemType type, String detail, HttpHeaders headers) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        p.setType(type.uri());
        p.setTitle(type.title());
        return ResponseEntity.status(type.status())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
