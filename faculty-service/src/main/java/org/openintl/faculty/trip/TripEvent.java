package org.openintl.faculty.trip;

import org.openintl.platform.aggregate.PendingEvent;

/** The events a change of a staff trip produces; the data is always a {@link TripPayload}. */
public final class TripEvent {

    public static final String DRAFTED = TripStatus.DRAFT.eventType();
    public static final String RETURNED = TripStatus.RETURNED.eventType();
    public static final String UPDATED = "intl.staff-trip.updated.v1";
    public static final String REPORT_OVERDUE = "intl.staff-trip.report-overdue.v1";

    private TripEvent() {}

    static PendingEvent of(String type, TripPayload payload) {
        return new PendingEvent(type, payload);
    }
}
