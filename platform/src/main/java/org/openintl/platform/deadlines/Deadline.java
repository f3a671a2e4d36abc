package org.openintl.platform.deadlines;

import java.time.LocalDate;

/**
 * Something due by a date, derived by a service's rules from the documents on file; it does not depend on today's
 * date, only its announcement windows do. Services implement it with a record naming their own document types and
 * rules.
 */
public interface Deadline {

    /** The last day on which the office can act in time. */
    LocalDate dueDate();

    /**
     * What is due, stable across versions because it is part of the stored warning keys (for example
     * {@code "PASSPORT:PASSPORT_EXPIRY"}); must not contain the due date.
     */
    String reason();

    /** The identity of this deadline's warning in one window: stored once announced, so it is announced once. */
    default String warningKey(int window) {
        return keyPrefix() + window;
    }

    /** Whether a stored warning key belongs to this deadline (in any window). */
    default boolean owns(String warningKey) {
        return warningKey.startsWith(keyPrefix());
    }

    private String keyPrefix() {
        return reason() + ":" + dueDate() + ":";
    }
}
