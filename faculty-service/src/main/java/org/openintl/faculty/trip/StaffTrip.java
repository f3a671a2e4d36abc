package org.openintl.faculty.trip;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

/**
 * A staff member's trip or study period abroad (教师出国研修, outbound visits), from the plan through its approval to
 * the report after the return. The report's due date and whether its overdue was announced are part of the state, so
 * the {@code report-overdue} event is published once, whoever notices it first (ADR 0581).
 *
 * @param approvalNumber the approval's number, from APPROVED on
 * @param reportDueOn the return day plus the report period, from RETURNED on
 * @param report the trip report, from REPORTED on
 * @param overdueAnnounced whether {@code report-overdue} was published
 */
public record StaffTrip(
        UUID id,
        TripStatus status,
        TripPlan plan,
        String approvalNumber,
        LocalDate departedOn,
        LocalDate returnedOn,
        LocalDate reportDueOn,
        LocalDate reportedOn,
        String report,
        boolean overdueAnnounced,
        List<TripTransition> history) {

    public static final int MAX_NOTE = 500;
    public static final int MAX_REPORT = 20_000;

    public StaffTrip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Change<StaffTrip> draft(UUID id, TripPlan plan, LocalDate today) {
        StaffTrip trip = new StaffTrip(
                id,
                TripStatus.DRAFT,
                plan,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(new TripTransition(null, TripStatus.DRAFT, today, null)));
        return Change.of(trip, TripEvent.of(TripEvent.DRAFTED, TripPayload.of(trip)));
    }

    /** Replaces the plan while it is not approved yet; an approved plan is what was approved. */
    public Change<StaffTrip> revise(TripPlan newPlan) {
        if (!status.editable()) {
            throw new ConflictException("the trip is " + status + "; only a DRAFT or SUBMITTED plan is edited");
        }
        StaffTrip next = new StaffTrip(
                id,
                status,
                newPlan,
                approvalNumber,
                departedOn,
                returnedOn,
                reportDueOn,
                reportedOn,
                report,
                overdueAnnounced,
                history);
        if (next.equals(this)) {
            return Change.unchanged(this);
        }
        TripPayload payload = TripPayload.of(next);
        return payload.equals(TripPayload.of(this))
                ? new Change<>(next, List.of())
                : Change.of(next, TripEvent.of(TripEvent.UPDATED, payload));
    }

    /**
     * A move; APPROVED needs the approval number, RETURNED sets the report's due date ({@code reportDueDays} after the
     * return), REPORTED needs the report. A return so late that the report is already overdue announces that at once.
     */
    public Change<StaffTrip> moveTo(
            TripStatus target,
            LocalDate date,
            String note,
            String number,
            String reportText,
            LocalDate today,
            int reportDueDays) {
        Objects.requireNonNull(target, "target");
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException(status, target, status.allowedNext());
        }
        LocalDate when = date == null ? today : date;
        if (when.isAfter(today)) {
            throw new InvalidInputException("date", "date cannot be in the future");
        }
        LocalDate previous = history.get(history.size() - 1).date();
        if (when.isBefore(previous)) {
            throw new InvalidInputException("date", "date cannot be before the previous move on " + previous);
        }
        String approval = approvalNumber;
        LocalDate departed = departedOn;
        LocalDate returned = returnedOn;
        LocalDate due = reportDueOn;
        LocalDate reported = reportedOn;
        String text = report;
        switch (target) {
            case APPROVED -> approval = required("approvalNumber", number, 50);
            case DEPARTED -> departed = when;
            case RETURNED -> {
                returned = when;
                due = when.plusDays(reportDueDays);
            }
            case REPORTED -> {
                text = required("report", reportText, MAX_REPORT);
                reported = when;
            }
            default -> {}
        }
        if (target != TripStatus.APPROVED && number != null) {
            throw new InvalidInputException("approvalNumber", "approvalNumber is only given with APPROVED");
        }
        if (target != TripStatus.REPORTED && reportText != null) {
            throw new InvalidInputException("report", "report is only given with REPORTED");
        }
        TripTransition transition = new TripTransition(status, target, when, optional("note", note, MAX_NOTE));
        List<TripTransition> moves = new ArrayList<>(history);
        moves.add(transition);
        StaffTrip next = new StaffTrip(
                id, target, plan, approval, departed, returned, due, reported, text, overdueAnnounced, moves);
        List<PendingEvent> events = new ArrayList<>();
        events.add(TripEvent.of(target.eventType(), TripPayload.of(next).withTransition(transition)));
        return next.announceOverdue(today, events);
    }

    /** Publishes {@code report-overdue} when the report is late and it was not announced yet; else no change. */
    public Change<StaffTrip> announceOverdueReport(LocalDate today) {
        return announceOverdue(today, new ArrayList<>());
    }

    /** Whether the report is late today. */
    public boolean reportOverdue(LocalDate today) {
        return status == TripStatus.RETURNED && reportDueOn != null && today.isAfter(reportDueOn);
    }

    /** Abroad on {@code day}: departed and not back yet. */
    public boolean abroadOn(LocalDate day) {
        return status == TripStatus.DEPARTED && departedOn != null && !departedOn.isAfter(day);
    }

    private Change<StaffTrip> announceOverdue(LocalDate today, List<PendingEvent> events) {
        if (overdueAnnounced || !reportOverdue(today)) {
            return events.isEmpty() ? Change.unchanged(this) : new Change<>(this, events);
        }
        StaffTrip next = new StaffTrip(
                id,
                status,
                plan,
                approvalNumber,
                departedOn,
                returnedOn,
                reportDueOn,
                reportedOn,
                report,
                true,
                history);
        events.add(TripEvent.of(
                TripEvent.REPORT_OVERDUE,
                TripPayload.of(next).withDaysOverdue(ChronoUnit.DAYS.between(reportDueOn, today))));
        return new Change<>(next, events);
    }

    private static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return v;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return v;
    }
}
