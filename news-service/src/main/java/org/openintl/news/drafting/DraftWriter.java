package org.openintl.news.drafting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.ArticleService;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Generation;
import org.openintl.news.partnership.PartnershipRepository;
import org.openintl.news.partnership.PartnershipSigned;
import org.openintl.news.partnership.PartnershipSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes generated drafts through the article use cases and counts them ({@code intl.news.drafts.generated}). */
@Component
final class DraftWriter implements PartnershipSigned.Observer {

    private static final Logger log = LoggerFactory.getLogger(DraftWriter.class);

    private final ArticleService articles;
    private final PartnershipRepository partnerships;
    private final ContentLimits limits;
    private final ZoneId zone;
    private final MeterRegistry meters;

    DraftWriter(
            ArticleService articles,
            PartnershipRepository partnerships,
            ContentLimits limits,
            DraftingProperties properties,
            MeterRegistry meters) {
        this.articles = articles;
        this.partnerships = partnerships;
        this.limits = limits;
        this.zone = properties.zone();
        this.meters = meters;
    }

    @Override
    public void signed(PartnershipSigned signing) {
        PartnershipSnapshot p = signing.partnership();
        LocalDate signedOn = p.transitionDate() != null ? p.transitionDate() : localDate(signing.time());
        var generation = new Generation(
                Generation.Reason.PARTNERSHIP_SIGNED, p.id().toString(), signing.eventType(), signing.eventId());
        write(generation, () -> SigningDraft.content(p, signedOn, limits));
    }

    void firstStudent(FirstStudentDraft.Enrolment enrolment, String eventType, String eventId) {
        boolean known = enrolment.partnershipId() != null
                && partnerships.find(enrolment.partnershipId()).isPresent();
        var generation = new Generation(
                Generation.Reason.FIRST_STUDENT_OF_NATIONALITY, enrolment.nationality(), eventType, eventId);
        write(generation, () -> FirstStudentDraft.content(enrolment, known, limits));
    }

    void talentArrived(TalentArrivalDraft.Arrival arrival, String eventType, String eventId) {
        var generation = new Generation(
                Generation.Reason.TALENT_ARRIVED, arrival.talentId().toString(), eventType, eventId);
        write(generation, () -> TalentArrivalDraft.content(arrival, limits));
    }

    void delegationReturned(DelegationReturnDraft.Delegation delegation, String eventType, String eventId) {
        PartnershipSnapshot partnership = delegation.partnershipId() == null
                ? null
                : partnerships.find(delegation.partnershipId()).orElse(null);
        var generation = new Generation(
                Generation.Reason.DELEGATION_RETURNED, delegation.tripId().toString(), eventType, eventId);
        write(generation, () -> DelegationReturnDraft.content(delegation, partnership, limits));
    }

    LocalDate localDate(Instant time) {
        return (time == null ? Instant.now() : time).atZone(zone).toLocalDate();
    }

    private void write(Generation generation, Supplier<ArticleContent> content) {
        articles.createGenerated(generation, content.get())
                .ifPresentOrElse(
                        created -> {
                            Counter.builder("intl.news.drafts.generated")
                                    .description("Drafts the service wrote from events")
                                    .tag("reason", generation.reason().name())
                                    .register(meters)
                                    .increment();
                            log.info("Generated draft {} ({} {})", created.id(), generation.reason(), generation.key());
                        },
                        () -> log.debug("Draft for {} {} exists already", generation.reason(), generation.key()));
    }
}
