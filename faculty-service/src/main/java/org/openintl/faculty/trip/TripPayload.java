package org.openintl.faculty.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The data of every {@code intl.staff-trip.*.v1} event: never the staff member's name or staff id, the funding amount,
 * notes or the report (docs/events/faculty.md).
 *
 * @param startDate the planned first day, the actual one once departed
 * @param endDate the planned last day, the actual one once returned
 * @param daysOverdue {@code report-overdue} only
 */
public record TripPayload(
        UUID id,
        TripStatus status,
        String college,
        List<String> countries,
        Purpose purpose,
        LocalDate startDate,
        LocalDate endDate,
        UUID hostPartnerId,
        String hostInstitution,
        UUID partnershipId,
        FundingSource fundingSource,
        String approvalNumber,
        LocalDate reportDueOn,
        TransitionDetails transition,
        Long daysOverdue) {

    static TripPayload of(StaffTrip t) {
        TripPlan p = t.plan();
        return new TripPayload(
                t.id(),
                t.status(),
                p.college(),
                p.countries(),
                p.purpose(),
                t.departedOn() != null ? t.departedOn() : p.startDate(),
                t.returnedOn() != null ? t.returnedOn() : p.endDate(),
                p.hostPartnerId(),
                p.hostInstitution(),
                p.partnershipId(),
                p.fundingSource(),
                t.approvalNumber(),
                t.reportDueOn(),
                null,
                null);
    }

    TripPayload withTransition(TripTransition m) {
        return new TripPayload(
                id,
                status,
                college,
                countries,
                purpose,
                startDate,
                endDate,
                hostPartnerId,
                hostInstitution,
                partnershipId,
                fundingSource,
                approvalNumber,
                reportDueOn,
                new TransitionDetails(m.from(), m.to(), m.date()),
                null);
    }

    TripPayload withDaysOverdue(long days) {
        return new TripPayload(
                id,
                status,
                college,
                countries,
                purpose,
                startDate,
                endDate,
                hostPartnerId,
                hostInstitution,
                partnershipId,
                fundingSource,
                approvalNumber,
                reportDueOn,
                null,
                days);
    }

    /** A move as subscribers see it. */
    public record TransitionDetails(TripStatus from, TripStatus to, LocalDate date) {}
}
