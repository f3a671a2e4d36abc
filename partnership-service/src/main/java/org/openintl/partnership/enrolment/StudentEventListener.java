package org.openintl.partnership.enrolment;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the enrolment projection from {@code intl.student.*} events; stale and repeated events change nothing. */
@Component
class StudentEventListener {

    private final Enrolments enrolments;
    private final EventJson json;

    StudentEventListener(Enrolments enrolments, EventJson json) {
        this.enrolments = enrolments;
        this.json = json;
    }

    @KafkaListener(topics = "intl.students.v1", groupId = "partnership-service.enrolments")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (!event.type().startsWith("intl.student.")) {
            return;
        }
        StudentEnrolment enrolment = json.read(event, StudentEnrolment.class);
        if (enrolment.status() == null) {
            return;
        }
        enrolments.apply(UUID.fromString(event.subject()), event.sequence(), enrolment);
    }
}
