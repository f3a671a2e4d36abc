package org.openintl.news.drafting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ReceivedEvent;
import org.openintl.platform.tracing.TraceContext;
import org.openintl.platform.tracing.Traceparent;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Watches enrolments ({@code intl.student.enrolled.v1}) for the first student of a nationality. Every other student
 * event is skipped; an enrolment without a valid nationality is skipped too (nothing to report, nothing to retry).
 */
class StudentListener {

    static final String TOPIC = "intl.students.v1";
    static final String ENROLLED = "intl.student.enrolled.v1";

    private final NationalityRegistry nationalities;
    private final DraftWriter drafts;
    private final EventJson json;

    StudentListener(NationalityRegistry nationalities, DraftWriter drafts, EventJson json) {
        this.nationalities = nationalities;
        this.drafts = drafts;
        this.json = json;
    }

    /** The fields of a student event this service uses; students' events carry no personal data anyway. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StudentData(
            String status,
            String nationality,
            String continent,
            Boolean beltAndRoad,
            String college,
            String program,
            UUID partnershipId) {}

    @KafkaListener(topics = TOPIC, groupId = "news-service.students")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        if (!ENROLLED.equals(event.type())) {
            return;
        }
        StudentData data = json.read(event, StudentData.class);
        String nationality =
                data.nationality() == null ? null : data.nationality().strip().toUpperCase(Locale.ROOT);
        if (!Texts.isCountryCode(nationality)) {
            return;
        }
        TraceContext.set(
                Traceparent.parse(event.traceparent()).map(Traceparent::child).orElseGet(Traceparent::newRoot));
        try {
            Instant time = event.time() != null ? event.time() : Instant.now();
            if (nationalities.isFirst(nationality, event.id(), time)) {
                drafts.firstStudent(
                        new FirstStudentDraft.Enrolment(
                                nationality,
                                data.continent(),
                                data.beltAndRoad(),
                                data.college(),
                                data.program(),
                                data.partnershipId(),
                                drafts.localDate(time)),
                        event.type(),
                        event.id());
            }
        } finally {
            TraceContext.clear();
        }
    }
}
