package org.openintl.student.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something due by a date, derived from a student's documents; it does not depend on today's date, only its
 * announcement windows do (decided by the shared engine, {@link org.openintl.platform.deadlines.WarningPolicy}).
 *
 * @param document the document concerned (for the X1 rule the visa; the residence permit resolves it)
 * @param rule why it is due
 * @param dueDate the last day on which the office can act in time
 */
public record Deadline(DocumentType document, DeadlineRule rule, LocalDate dueDate)
        implements org.openintl.platform.deadlines.Deadline {

    public Deadline {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** Part of the stored warning keys ({@code PASSPORT:PASSPORT_EXPIRY:2030-01-31:60}); never rename the enums. */
    @Override
    public String reason() {
        return document + ":" + rule;
    }
}
