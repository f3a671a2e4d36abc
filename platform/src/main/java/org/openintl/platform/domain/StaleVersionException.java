package org.openintl.platform.domain;

/** The client's version (If-Match) is not the current one (412): someone else changed the resource first. */
public class StaleVersionException extends DomainException {

    private final long current;

    public StaleVersionException(long expected, long current) {
        super("Version " + expected + " is stale; the current version is " + current);
        this.current = current;
    }

    /** A precondition that can never hold, such as an {@code If-Match} that is not one of our ETags. */
    public StaleVersionException(String message) {
        super(message);
        this.current = -1;
    }

    public long current() {
        return current;
    }
}
