package org.openintl.student.student;

import org.openintl.platform.aggregate.PendingEvent;

/** The events a change of a student produces: their CloudEvents types; the data is always a {@link StudentPayload}. */
public final class StudentEvent {

    public static final String APPLIED = StudentStatus.APPLIED.eventType();
    public static final String ADMITTED = StudentStatus.ADMITTED.eventType();
    public static final String UPDATED = "intl.student.updated.v1";
    public static final String PROGRAM_AT_RISK = "intl.student.program-at-risk.v1";
    public static final String PROGRAM_RESTORED = "intl.student.program-restored.v1";
    public static final String DOCUMENT_EXPIRING = "intl.student.document-expiring.v1";

    private StudentEvent() {}

    static PendingEvent of(String type, StudentPayload payload) {
        return new PendingEvent(type, payload);
    }
}
