package org.openintl.platform.domain;

/** A request the domain refuses; each subtype maps to one HTTP status and ProblemDetail type. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
