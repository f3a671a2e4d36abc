package org.openintl.platform.web;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import org.openintl.access.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database out of reach is a 503 ProblemDetail with {@code Retry-After}, not a 500: the request was fine and the
 * same request will work once MongoDB is back. Consulted before {@link ProblemDetailsAdvice}, whose catch-all would
 * otherwise answer 500. Other MongoDB errors are left to that catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** Spring matches these against the exception and its causes, so a wrapped driver exception is found too. */
    @ExceptionHandler({
        MongoTimeoutException.class,
        MongoSocketException.class,
        MongoConnectionPoolClearedException.class,
        MongoServerUnavailableException.class,
        MongoNotPrimaryException.class,
        MongoNodeIsRecoveringException.class,
        MongoExecutionTimeoutException.class,
        MongoOperationTimeoutException.class
    })
    ResponseEntity<Object> unavailable(MongoException e) {
        log.warn("Database unavailable: {}", e.toString());
        ProblemDetail problem = ProblemDetailsAdvice.problem(
                ProblemType.SERVICE_UNAVAILABLE,
                "The database is unreachable; retry later. A write sent with an Idempotency-Key or If-Match is safe to"
                        + " send again.");
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
