package org.openintl.faculty.expert;

import org.openintl.platform.aggregate.PendingEvent;

/** The events a change of an expert produces: their CloudEvents types; the data is always an {@link ExpertPayload}. */
public final class ExpertEvent {

    public static final String REGISTERED = "intl.expert.registered.v1";
    public static final String UPDATED = "intl.expert.updated.v1";
    public static final String DOCUMENT_EXPIRING = "intl.expert.document-expiring.v1";

    private ExpertEvent() {}

    static PendingEvent of(String type, ExpertPayload payload) {
        return new PendingEvent(type, payload);
    }
}
