package org.openintl.partnership.student;

import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the enrolment projection from {@code intl.student.*} events; stale and repeated events change nothing, and
 * malformed ones are dead-lettered by the platform before they get here.
 */
@Component
class StudentEventListener implements EventConsumer<StudentEnrolment> {

    static final String TOPIC = "intl.students.v1";
    static final String GROUP = "partnership-service.enrolments";

    private final EnrolmentRepository enrolments;

    StudentEventListener(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public EventSubscription<StudentEnrolment> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/student-service")
                .typesStartingWith("intl.student.")
                .apply(StudentEnrolment.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, StudentEnrolment enrolment) {
        // an event without a status says nothing about enrolment
        if (enrolment.status() != null) {
            enrolments.apply(id, event.sequence(), enrolment);
        }
    }
}
