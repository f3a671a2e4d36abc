package org.openintl.news.drafting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Watches enrolments ({@code intl.student.enrolled.v1}) for the first student of a nationality. Every other student
 * event is skipped; an enrolment without a valid nationality is skipped too (nothing to report, nothing to retry).
 * Malformed records never get here: the platform checks and dead-letters them.
 */
@Component
class StudentListener implements EventConsumer<StudentListener.StudentData> {

    static final String TOPIC = "intl.students.v1";
    static final String GROUP = "news-service.students";
    static final String ENROLLED = "intl.student.enrolled.v1";

    private final NationalityRepository nationalities;
    private final DraftWriter drafts;

    StudentListener(NationalityRepository nationalities, DraftWriter drafts) {
        this.nationalities = nationalities;
        this.drafts = drafts;
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

    @Override
    public EventSubscription<StudentData> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/student-service")
                .types(ENROLLED::equals)
                .apply(StudentData.class, this::enrolled);
    }

    private void enrolled(ReceivedEvent event, UUID id, StudentData data) {
        String nationality =
                data.nationality() == null ? null : data.nationality().strip().toUpperCase(Locale.ROOT);
        if (!Texts.isCountryCode(nationality)) {
            return;
        }
        Instant time = event.time() != null ? event.time() : Instant.now();
        // a student brought in as they were (an office moving in its records) makes the nationality known, but their
        // enrolment is not news: no draft for it, and none for the next student of that nationality either
        if (nationalities.isFirst(nationality, event.id(), time) && !event.migrated()) {
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
    }
}
