package org.openintl.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 ProblemDetail the API answered, carried to the page that shows it: the detail at the top, each of
 * {@code errors} beside its field.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> fieldErrors;
    private final List<String> allowed;

    public ApiProblem(
            int status,
            String type,
            String title,
            String detail,
            Map<String, String> fieldErrors,
            List<String> allowed) {
        super(detail == null ? title : detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
        this.allowed = List.copyOf(allowed);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** field name as the API names it ({@code funding.type}) to its message */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** the moves a 409 {@code illegal-transition} says are allowed */
    public List<String> allowed() {
        return allowed;
    }

    public boolean isStale() {
        return status == 412;
    }

    public boolean isSignedOut() {
        return status == 401;
    }
}
