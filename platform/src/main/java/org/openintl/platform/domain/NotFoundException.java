package org.openintl.platform.domain;

/** The addressed resource does not exist (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
