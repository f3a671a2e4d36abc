package org.openintl.faculty.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something due by a date, derived from an expert's documents and contract; announced by the shared engine
 * ({@link org.openintl.platform.deadlines.WarningPolicy}).
 *
 * @param document the document concerned (for the Z-visa rule the visa; a residence permit resolves it)
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

    /** Part of the stored warning keys ({@code WORK_PERMIT:WORK_PERMIT_RENEWAL:2027-01-31:30}); never rename the enums. */
    @Override
    public String reason() {
        return document + ":" + rule;
    }
}
