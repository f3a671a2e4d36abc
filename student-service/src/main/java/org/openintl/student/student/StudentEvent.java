package org.openintl.student.student;

import java.util.Objects;

/** An event a change of a student produces: its CloudEvents type and its data. */
public record StudentEvent(String type, StudentPayload payload) {

    public static final String APPLIED = StudentStatus.APPLIED.eventType();
    public static final String ADMITTED = StudentStatus.ADMITTED.eventType();
    public static final String UPDATED = "intl.student.updated.v1";
    public static final String PROGRAM_AT_RISK = "intl.student.program-at-risk.v1";
    public static final String PROGRAM_RESTORED = "intl.student.program-restored.v1";
    public static final String DOCUMENT_EXPIRING = "intl.student.document-expiring.v1";

    public StudentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
