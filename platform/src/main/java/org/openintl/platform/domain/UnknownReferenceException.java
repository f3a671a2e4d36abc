package org.openintl.platform.domain;

/** The request refers to something this service does not know, or not in a usable state (422). */
public class UnknownReferenceException extends DomainException {

    private final String field;

    public UnknownReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
