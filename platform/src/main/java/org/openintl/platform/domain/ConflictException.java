package org.openintl.platform.domain;

/** The request conflicts with the current state in a way other than a lifecycle move (409). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
