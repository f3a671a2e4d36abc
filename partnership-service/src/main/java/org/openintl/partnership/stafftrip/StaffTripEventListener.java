package org.openintl.partnership.stafftrip;

import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the staff-trip projection from faculty-service's {@code intl.staff-trip.*} events, beside the students
 * (docs/events/faculty.md: the latest state per trip, counted by partnership and status). Experts' and talents' events
 * share the topic and are skipped; stale and repeated events change nothing (the sequence rule), malformed ones are
 * dead-lettered by the platform before they get here.
 */
@Component
class StaffTripEventListener implements EventConsumer<StaffTrip> {

    static final String TOPIC = "intl.faculty.v1";
    static final String GROUP = "partnership-service.staff-trips";

    private final StaffTripRepository trips;

    StaffTripEventListener(StaffTripRepository trips) {
        this.trips = trips;
    }

    @Override
    public EventSubscription<StaffTrip> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/faculty-service")
                .typesStartingWith("intl.staff-trip.")
                .apply(StaffTrip.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, StaffTrip trip) {
        // every staff-trip event carries the whole public state; one without a status says nothing to count
        if (trip.status() != null) {
            trips.apply(id, event.sequence(), trip);
        }
    }
}
