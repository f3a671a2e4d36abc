package org.openintl.faculty.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer that included personal data of the faculty service. Holds ids only: the data subjects' record ids (expert, talent or trip) and the reader's
 * token subject, never a name, passport number or search term.
 *
 * @param id the entry's id; entries sort by it in the order they were written
 * @param actor the {@code sub} of the reader's token
 * @param requestId the gateway's {@code X-Request-Id} (or the service's own when called directly)
 * @param action what was read: {@code expert.read}, {@code expert.list}, {@code expert.write} (the answer to a
 *     change shows the record), {@code expert.alerts}, and the same for {@code talent.*} and {@code staff-trip.*}
 * @param route the method and route template, e.g. {@code GET /api/experts/{id}}
 * @param query the query string with the value of a name search left out
 * @param subjects the records whose personal data was shown (at most {@value AuditLog#MAX_IDS})
 * @param count how many records' personal data the answer held
 */
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String requestId,
        String action,
        String route,
        String query,
        List<UUID> subjects,
        long count) {

    public AuditEntry {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
