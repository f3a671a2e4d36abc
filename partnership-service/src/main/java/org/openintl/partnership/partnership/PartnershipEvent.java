package org.openintl.partnership.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.partnership.partner.Partner;
import org.openintl.platform.country.Continent;
import org.openintl.platform.domain.MultilingualText;

/**
 * Payload of every {@code intl.partnership.*.v1} event: the partnership's public state after the change, so that a
 * subscriber needs nothing else, plus the move or warning that caused it. Coordinators, contacts, documents and notes
 * stay in the service.
 */
public record PartnershipEvent(
        UUID id,
        PartnershipStatus status,
        PartnershipType type,
        MultilingualText title,
        List<PartnerSummary> partners,
        String responsibleUnit,
        LocalDate startDate,
        LocalDate endDate,
        ProgramSummary program,
        SchoolAbroad schoolAbroad,
        TransitionSummary transition,
        WarningSummary warning,
        Cohort cohort) {

    public static final String PREFIX = "intl.partnership.";

    /** A partner as subscribers see it. */
    public record PartnerSummary(
            UUID id, MultilingualText name, String country, Continent continent, boolean beltAndRoad) {

        /** The listed partners that are known, in the order listed. */
        static List<PartnerSummary> of(List<UUID> ids, Map<UUID, Partner> partners) {
            return ids.stream()
                    .map(partners::get)
                    .filter(x -> x != null)
                    .map(x -> new PartnerSummary(x.id(), x.name(), x.country(), x.continent(), x.beltAndRoad()))
                    .toList();
        }
    }

    /** The MOE facts of a cooperative program. */
    public record ProgramSummary(
            String approvalNumber, ProgramLevel level, Integer annualQuota, LocalDate approvalExpiry) {}

    /** The move that caused the event. */
    public record TransitionSummary(PartnershipStatus from, PartnershipStatus to, LocalDate date, String note) {}

    /** The deadline that came within a window. */
    public record WarningSummary(String deadline, LocalDate date, int windowDays, long daysLeft) {}

    /** The same state with the intake a cohort event is about. */
    PartnershipEvent withCohort(Cohort c) {
        return new PartnershipEvent(
                id,
                status,
                type,
                title,
                partners,
                responsibleUnit,
                startDate,
                endDate,
                program,
                schoolAbroad,
                transition,
                warning,
                c);
    }

    static PartnershipEvent of(
            Partnership p, Map<UUID, Partner> partners, Transition transition, ExpiryWarning warning) {
        PartnershipDetails d = p.details();
        List<PartnerSummary> summaries = PartnerSummary.of(d.partnerIds(), partners);
        ProgramSummary program = d.program() == null
                ? null
                : new ProgramSummary(
                        d.program().approvalNumber(),
                        d.program().level(),
                        d.program().annualQuota(),
                        d.program().approvalExpiry());
        return new PartnershipEvent(
                p.id(),
                p.status(),
                d.type(),
                d.title(),
                summaries,
                d.responsibleUnit(),
                d.startDate(),
                d.endDate(),
                program,
                d.schoolAbroad(),
                transition == null
                        ? null
                        : new TransitionSummary(
                                transition.from(), transition.to(), transition.date(), transition.note()),
                warning == null
                        ? null
                        : new WarningSummary(
                                warning.deadline().name(), warning.date(), warning.windowDays(), warning.daysLeft()),
                null);
    }

    /** The event type a move publishes. */
    static String typeOf(Transition t) {
        String name;
        switch (t.to()) {
            case NEGOTIATING -> name = "negotiating";
            case SIGNED -> name = "signed";
            case ACTIVE -> name = t.from() == PartnershipStatus.SUSPENDED ? "reactivated" : "activated";
            case SUSPENDED -> name = "suspended";
            case RENEWED -> name = "renewed";
            case EXPIRED -> name = "expired";
            case TERMINATED -> name = "terminated";
            default -> throw new IllegalArgumentException("no event for a move to " + t.to());
        }
        return PREFIX + name + ".v1";
    }

    static final String CREATED = PREFIX + "created.v1";
    static final String UPDATED = PREFIX + "updated.v1";
    static final String EXPIRING = PREFIX + "expiring.v1";
    static final String COHORT_RECORDED = PREFIX + "cohort-recorded.v1";
    static final String COHORT_REMOVED = PREFIX + "cohort-removed.v1";
}
