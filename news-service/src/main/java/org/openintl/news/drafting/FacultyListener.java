package org.openintl.news.drafting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openintl.platform.events.EventConsumer;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * Watches faculty-service's topic for two occasions worth an article: a high-end overseas talent arrived
 * ({@code intl.talent.arrived.v1}) and a delegation came back ({@code intl.staff-trip.returned.v1} with purpose
 * DELEGATION). Every other event on the topic is skipped. Each occasion gives one draft, however often its event is
 * delivered: the draft is keyed by the talent record or the trip (ADR 0202). The events carry no names, so neither
 * do the drafts.
 */
@Component
class FacultyListener implements EventConsumer<FacultyListener.FacultyData> {

    static final String TOPIC = "intl.faculty.v1";
    static final String GROUP = "news-service.faculty";
    static final String TALENT_ARRIVED = "intl.talent.arrived.v1";
    static final String TRIP_RETURNED = "intl.staff-trip.returned.v1";
    private static final Set<String> TYPES = Set.of(TALENT_ARRIVED, TRIP_RETURNED);

    private final DraftWriter drafts;

    FacultyListener(DraftWriter drafts) {
        this.drafts = drafts;
    }

    /** The members of a talent's or a trip's event this service uses (docs/events/faculty.md). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FacultyData(
            String nationality,
            String continent,
            Boolean beltAndRoad,
            String program,
            String college,
            String field,
            UUID expertId,
            String purpose,
            List<String> countries,
            UUID hostPartnerId,
            String hostInstitution,
            UUID partnershipId,
            LocalDate startDate,
            LocalDate endDate,
            Transition transition) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transition(String from, String to, LocalDate date) {}

    @Override
    public EventSubscription<FacultyData> subscription() {
        return EventSubscription.on(TOPIC)
                .group(GROUP)
                .from("/faculty-service")
                .types(TYPES::contains)
                .apply(FacultyData.class, this::apply);
    }

    private void apply(ReceivedEvent event, UUID id, FacultyData data) {
        Instant time = event.time() != null ? event.time() : Instant.now();
        LocalDate date = data.transition() != null && data.transition().date() != null
                ? data.transition().date()
                : drafts.localDate(time);
        if (TALENT_ARRIVED.equals(event.type())) {
            drafts.talentArrived(
                    new TalentArrivalDraft.Arrival(
                            id,
                            data.nationality(),
                            data.continent(),
                            data.beltAndRoad(),
                            data.program(),
                            data.college(),
                            data.field(),
                            date),
                    event.type(),
                    event.id());
        } else if ("DELEGATION".equals(data.purpose())) {
            drafts.delegationReturned(
                    new DelegationReturnDraft.Delegation(
                            id,
                            data.college(),
                            data.countries() == null ? List.of() : data.countries(),
                            data.hostPartnerId(),
                            data.hostInstitution(),
                            data.partnershipId(),
                            data.startDate(),
                            date),
                    event.type(),
                    event.id());
        }
    }
}
