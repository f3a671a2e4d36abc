package org.openintl.student.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer that included students' personal data. Holds ids only: the data subjects' student ids and the reader's
 * token subject, never a name, passport number or search term.
 *
 * @param id the entry's id; entries sort by it in the order they were written
 * @param actor the {@code sub} of the reader's token
 * @param requestId the gateway's {@code X-Request-Id} (or the service's own when called directly)
 * @param action what was read: {@code student.read}, {@code student.list}, {@code student.write} (the answer to a
 *     change shows the student), {@code student.export}, {@code student.alerts}
 * @param route the method and route template, e.g. {@code GET /api/students/{id}}
 * @param query the query string with the value of a name search left out
 * @param students the students whose personal data was shown (at most {@value AuditLog#MAX_IDS}; none for an export)
 * @param count how many students' personal data the answer held
 */
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String requestId,
        String action,
        String route,
        String query,
        List<UUID> students,
        long count) {

    public AuditEntry {
        students = students == null ? List.of() : List.copyOf(students);
    }
}
