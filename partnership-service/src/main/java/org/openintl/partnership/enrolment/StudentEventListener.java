package org.openintl.partnership.enrolment;

import java.util.UUID;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the enrolment projection from {@code intl.student.*} events; stale and repeated events change nothing, and
 * malformed ones are dead-lettered by the platform before they get here.
 */
@Configuration(proxyBeanMethods = false)
class StudentEventListener {

    static final String GROUP = "partnership-service.enrolments";

    @Bean
    EventSubscription<StudentEnrolment> studentEvents(Enrolments enrolments) {
        return EventSubscription.on("intl.students.v1")
                .group(GROUP)
                .from("/student-service")
                .types(type -> type.startsWith("intl.student."))
                .apply(StudentEnrolment.class, (ReceivedEvent event, UUID id, StudentEnrolment enrolment) -> {
                    if (enrolment.status() != null) {
                        enrolments.apply(id, event.sequence(), enrolment);
                    }
                });
    }
}
