package org.openintl.faculty.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A staff trip as the API answers it: the staff member's name and id, the funding amount, the report and the notes
 * only for ADMIN and FACULTY_OFFICER.
 *
 * @param reportOverdue the report was not handed in by its due date
 */
public record TripView(
        UUID id,
        TripStatus status,
        String staffId,
        String staffName,
        String college,
        List<String> countries,
        UUID hostPartnerId,
        String hostInstitution,
        UUID partnershipId,
        Purpose purpose,
        LocalDate startDate,
        LocalDate endDate,
        FundingSource fundingSource,
        Long fundingAmount,
        String approvalNumber,
        LocalDate departedOn,
        LocalDate returnedOn,
        LocalDate reportDueOn,
        LocalDate reportedOn,
        String report,
        boolean reportOverdue,
        List<TripTransition> history) {

    static TripView of(StaffTrip t, boolean personal, LocalDate today) {
        TripPlan p = t.plan();
        return new TripView(
                t.id(),
                t.status(),
                personal ? p.staffId() : null,
                personal ? p.staffName() : null,
                p.college(),
                p.countries(),
                p.hostPartnerId(),
                p.hostInstitution(),
                p.partnershipId(),
                p.purpose(),
                p.startDate(),
                p.endDate(),
                p.fundingSource(),
                personal ? p.fundingAmount() : null,
                t.approvalNumber(),
                t.departedOn(),
                t.returnedOn(),
                t.reportDueOn(),
                t.reportedOn(),
                personal ? t.report() : null,
                t.reportOverdue(today),
                personal
                        ? t.history()
                        : t.history().stream()
                                .map(m -> new TripTransition(m.from(), m.to(), m.date(), null))
                                .toList());
    }

    boolean showsPersonalData() {
        return staffName != null;
    }
}
