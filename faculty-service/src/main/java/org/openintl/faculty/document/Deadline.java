package org.openintl.faculty.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something due by a date, derived from an expert's documents and contract; it does not depend on today's date, only its
 * announcement windows do.
 *
 * @param document the document concerned (for the X1 rule the visa; the residence permit resolves it)
 * @param rule why it is due
 * @param dueDate the last day on which the office can act in time
 */
public record Deadline(DocumentType document, DeadlineRule rule, LocalDate dueDate) {

    public Deadline {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The identity of this deadline's warning in one window: stored once announced, so it is announced once. */
    public String warningKey(int window) {
        return document + ":" + rule + ":" + dueDate + ":" + window;
    }

    /** Whether a stored warning key belongs to this deadline (in any window). */
    boolean owns(String warningKey) {
        return warningKey.startsWith(document + ":" + rule + ":" + dueDate + ":");
    }
}
