package org.openintl.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openintl.access.ProblemType;
import org.openintl.platform.aggregate.IdempotencyKeyReusedException;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.NotFoundException;
import org.openintl.platform.domain.PreconditionRequiredException;
import org.openintl.platform.domain.StaleVersionException;
import org.openintl.platform.domain.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into an RFC 9457 ProblemDetail with a stable {@code type} (see {@link ProblemType}); validation
 * errors list the offending fields. Nothing is ever answered as HTML or as a bare status.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Map<Class<? extends DomainException>, ProblemType> SIMPLE_TYPES = Map.of(
            NotFoundException.class, ProblemType.NOT_FOUND,
            StaleVersionException.class, ProblemType.STALE_VERSION,
            PreconditionRequiredException.class, ProblemType.PRECONDITION_REQUIRED,
            IdempotencyKeyReusedException.class, ProblemType.IDEMPOTENCY_KEY_REUSED,
            ConflictException.class, ProblemType.CONFLICT);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, WebRequest request) {
        rethrowIfCommitted(e, request);
        ProblemDetail problem = toProblem(e);
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof StaleVersionException s && s.current() > 0) {
            headers.setETag(ETags.of(s.current()));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /**
     * A failure after the answer started (a streamed export) cannot be a ProblemDetail any more. Writing one would
     * only end the answer normally, so a client would take a cut-off body for complete; rethrown, it makes the
     * server abort the connection instead.
     */
    private static <E extends Exception> void rethrowIfCommitted(E e, WebRequest request) throws E {
        if (request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            throw e;
        }
    }

    private static ProblemDetail toProblem(DomainException e) {
        if (e instanceof InvalidInputException i) {
            return withErrors(
                    problem(ProblemType.VALIDATION, i.getMessage()),
                    List.of(new FieldError(i.field(), i.getMessage())));
        }
        if (e instanceof UnknownReferenceException u) {
            return withErrors(
                    problem(ProblemType.UNKNOWN_REFERENCE, u.getMessage()),
                    List.of(new FieldError(u.field(), u.getMessage())));
        }
        if (e instanceof IllegalTransitionException t) {
            ProblemDetail p = problem(ProblemType.ILLEGAL_TRANSITION, t.getMessage());
            p.setProperty("from", t.from());
            p.setProperty("to", t.to());
            p.setProperty("allowed", t.allowed());
            return p;
        }
        ProblemType type = SIMPLE_TYPES.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(e))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(ProblemType.VALIDATION);
        return problem(type, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String message = InputMessages.echo(e.getValue()) + " is not a valid value for " + e.getName()
                + (e.getRequiredType() != null && e.getRequiredType().isEnum()
                        ? "; allowed: " + InputMessages.allowed(e.getRequiredType())
                        : " (expected " + InputMessages.expected(e.getRequiredType()) + ")");
        ProblemDetail problem =
                withErrors(problem(ProblemType.VALIDATION, message), List.of(new FieldError(e.getName(), message)));
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatusCode.valueOf(400), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        rethrowIfCommitted(e, request);
        // a value refusing to be built while binding (a filter record checking a country) arrives wrapped
        DomainException domain = cause(e, DomainException.class);
        if (domain != null) {
            return domain(domain, request);
        }
        log.error("Unexpected error", e);
        ProblemDetail problem = problem(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatusCode.valueOf(500), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(new FieldError(f.getField(), fieldMessage(f, e))));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        ProblemDetail problem = withErrors(problem(ProblemType.VALIDATION, summary(errors)), errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(r -> r.getResolvableErrors()
                        .forEach(err -> errors.add(
                                new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        ProblemDetail problem = withErrors(problem(ProblemType.VALIDATION, summary(errors)), errors);
        return handleExceptionInternal(e, problem, headers, HttpStatusCode.valueOf(400), request);
    }

    /** Malformed JSON, wrong types and invariants broken while building values: a 400 naming the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, unreadable(e), headers, HttpStatusCode.valueOf(400), request);
    }

    /** A tree (a merge patch) turned into a request value with {@code RequestJson}: the same answers as a body. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unreadableTree(JacksonException e, WebRequest request) {
        return handleExceptionInternal(e, unreadable(e), new HttpHeaders(), HttpStatusCode.valueOf(400), request);
    }

    private static ProblemDetail unreadable(Exception e) {
        InvalidInputException invalid = cause(e, InvalidInputException.class);
        JacksonException jackson = cause(e, JacksonException.class);
        String path = jackson == null ? null : path(jackson);
        if (invalid != null) {
            String field = fieldOf(invalid, path);
            return withErrors(
                    problem(ProblemType.VALIDATION, field + ": " + invalid.getMessage()),
                    List.of(new FieldError(field, invalid.getMessage())));
        }
        String message = jackson == null ? null : InputMessages.describe(jackson);
        if (message != null) {
            String field = path == null || path.isEmpty() ? "body" : path;
            return withErrors(
                    problem(ProblemType.VALIDATION, field + ": " + message), List.of(new FieldError(field, message)));
        }
        return problem(
                ProblemType.MALFORMED,
                jackson != null ? InputMessages.malformed(jackson) : "The request body is missing or unreadable");
    }

    /** Gives the ProblemDetails that Spring builds itself (404, 405, 415 ...) our stable type URIs. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p
                && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            p.setType(ProblemType.forStatus(status.value())
                    .orElse(status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.VALIDATION)
                    .uri());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        p.setType(type.uri());
        p.setTitle(type.title());
        return p;
    }

    private static ProblemDetail withErrors(ProblemDetail p, List<FieldError> errors) {
        p.setProperty("errors", errors);
        return p;
    }

    /**
     * A field's message; for a query value that could not be converted (a filter bound to a record) Spring's text
     * names Java types, so it is replaced by the value, the field and what it accepts.
     */
    private static String fieldMessage(org.springframework.validation.FieldError f, MethodArgumentNotValidException e) {
        if (!f.isBindingFailure()) {
            return f.getDefaultMessage();
        }
        Class<?> expected = BindingTargets.elementType(e.getParameter().getParameterType(), f.getField());
        String value = InputMessages.echo(
                f.getRejectedValue() instanceof String[] a && a.length == 1 ? a[0] : f.getRejectedValue());
        return value + " is not a valid value for " + f.getField()
                + (expected != null && expected.isEnum()
                        ? "; allowed: " + InputMessages.allowed(expected)
                        : " (expected " + InputMessages.expected(expected) + ")");
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * The most precise name for a field whose value refused to be built: the JSON path where the value sits, unless
     * the value itself named one of its own parts (e.g. {@code program.approvalNumber} inside {@code program}).
     */
    private static String fieldOf(InvalidInputException invalid, String path) {
        if (path == null || path.isEmpty()) {
            return invalid.field();
        }
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        return invalid.field() != null && invalid.field().startsWith(last + ".") ? invalid.field() : path;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static <X extends Throwable> X cause(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
