package org.openintl.platform.domain;

/** Input that breaks a domain invariant (400), naming the offending field so clients can show it. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
