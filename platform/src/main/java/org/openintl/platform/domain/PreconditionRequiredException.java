package org.openintl.platform.domain;

/** An update sent without {@code If-Match}, where lost updates must be impossible (428). */
public class PreconditionRequiredException extends DomainException {

    public PreconditionRequiredException() {
        super("This update needs an If-Match header with the ETag of the version it changes");
    }
}
