package org.openintl.faculty.talent;

import org.openintl.platform.aggregate.PendingEvent;

/** The events a change of a talent record produces; the data is always a {@link TalentPayload}. */
public final class TalentEvent {

    public static final String IDENTIFIED = TalentStage.IDENTIFIED.eventType();
    public static final String ARRIVED = TalentStage.ARRIVED.eventType();
    public static final String UPDATED = "intl.talent.updated.v1";

    private TalentEvent() {}

    static PendingEvent of(String type, TalentPayload payload) {
        return new PendingEvent(type, payload);
    }
}
