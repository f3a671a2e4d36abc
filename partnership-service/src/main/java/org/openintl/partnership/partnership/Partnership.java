package org.openintl.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.ConflictException;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.NotFoundException;

/**
 * A partnership: what was agreed with whom, its lifecycle and history, and which expiry warnings were already sent
 * (kept here so that sending one is part of the same guarded update as recording it). Every command returns the
 * {@link Change} with the events it causes; {@link Change#unchanged} when there is nothing to do.
 */
public record Partnership(
        UUID id,
        PartnershipDetails details,
        PartnershipStatus status,
        List<Transition> history,
        List<String> warningsSent,
        List<Cohort> cohorts) {

    public Partnership {
        history = history == null ? List.of() : List.copyOf(history);
        warningsSent = warningsSent == null ? List.of() : List.copyOf(warningsSent);
        cohorts = cohorts == null
                ? List.of()
                : cohorts.stream()
                        .sorted(Comparator.comparingInt(Cohort::intakeYear))
                        .toList();
    }

    /** A partnership without recorded cohorts. */
    public Partnership(
            UUID id,
            PartnershipDetails details,
            PartnershipStatus status,
            List<Transition> history,
            List<String> warningsSent) {
        this(id, details, status, history, warningsSent, List.of());
    }

    /** A new partnership, PROPOSED and announced as created. */
    public static Change<Partnership> propose(UUID id, PartnershipDetails details, CommandContext context) {
        Partnership p = new Partnership(id, details, PartnershipStatus.PROPOSED, List.of(), List.of());
        return Change.of(
                p, new PendingEvent(PartnershipEvent.CREATED, PartnershipEvent.of(p, context.partners(), null, null)));
    }

    /**
     * A partnership brought in as it already is: PROPOSED, then the recorded moves on their own dates, each announced
     * as a migrated event so that subscribers learn its current state without taking it for news. The warnings its
     * real dates make due today are live events: they are news.
     *
     * @throws InvalidInputException when the dates do not fit the status, or an agreement in force is past its end
     */
    public static Change<Partnership> migrate(
            UUID id, PartnershipDetails details, StatusAsItIs asItIs, CommandContext context) {
        List<StatusAsItIs.Move> moves = asItIs.isEmpty() ? List.of() : asItIs.moves(context.today());
        PartnershipStatus status = moves.isEmpty()
                ? PartnershipStatus.PROPOSED
                : moves.get(moves.size() - 1).to();
        if (status.isInForce() && details.endDate() != null && details.endDate().isBefore(context.today())) {
            throw new InvalidInputException(
                    "endDate",
                    "an agreement in force cannot have ended on " + details.endDate()
                            + ": give its current end date, or record it as EXPIRED with expiredOn");
        }
        Partnership p = new Partnership(id, details, PartnershipStatus.PROPOSED, List.of(), List.of());
        List<PendingEvent> events = new ArrayList<>();
        events.add(PendingEvent.migrated(
                PartnershipEvent.CREATED, PartnershipEvent.of(p, context.partners(), null, null)));
        for (StatusAsItIs.Move move : moves) {
            p = p.moveTo(move.to(), move.date(), "recorded as it was", null, context.now());
            Transition t = p.lastTransition();
            events.add(PendingEvent.migrated(
                    PartnershipEvent.typeOf(t), PartnershipEvent.of(p, context.partners(), t, null)));
        }
        return p.withDueWarnings(context, events);
    }

    /** Replaces the details; announces the update and any warning the new dates make due. */
    public Change<Partnership> revise(PartnershipDetails next, CommandContext context) {
        Partnership revised = new Partnership(id, next, status, history, warningsSent, cohorts);
        List<PendingEvent> events = new ArrayList<>();
        events.add(new PendingEvent(
                PartnershipEvent.UPDATED, PartnershipEvent.of(revised, context.partners(), null, null)));
        return revised.withDueWarnings(context, events);
    }

    /** A lifecycle move asked for by the office (on {@code date}, today when not given). */
    public Change<Partnership> transition(TransitionRequest request, CommandContext context) {
        LocalDate date = request.date() != null ? request.date() : context.today();
        Partnership next = moveTo(request.to(), date, request.note(), request.endDate(), context.now());
        List<PendingEvent> events = new ArrayList<>();
        events.add(next.moved(context));
        return next.withDueWarnings(context, events);
    }

    /**
     * Raises the warnings due today and expires (or renews, when it renews itself) a partnership whose end date has
     * passed; no change when nothing is due.
     */
    public Change<Partnership> applyDeadlines(CommandContext context) {
        Partnership p = this;
        List<PendingEvent> events = new ArrayList<>();
        if (context.rules().due(this, context.today()).endDatePassed()) {
            p = expireOrRenew(context.now());
            events.add(p.moved(context));
        }
        Change<Partnership> change = p.withDueWarnings(context, events);
        return change.events().isEmpty() ? Change.unchanged(this) : change;
    }

    /**
     * Moves to {@code target} on {@code date}. A renewal needs a later {@code newEndDate} and leaves the partnership
     * ACTIVE with it.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow the move
     */
    public Partnership moveTo(
            PartnershipStatus target, LocalDate date, String note, LocalDate newEndDate, Instant recordedAt) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target, status.allowedMoves());
        }
        PartnershipDetails d = details;
        PartnershipStatus resulting = target;
        if (target == PartnershipStatus.RENEWED) {
            if (newEndDate == null) {
                throw new InvalidInputException("endDate", "a renewal needs the new end date");
            }
            if (d.endDate() != null && !newEndDate.isAfter(d.endDate())) {
                throw new InvalidInputException("endDate", "the new end date must be after " + d.endDate());
            }
            d = d.withEndDate(newEndDate);
            resulting = PartnershipStatus.ACTIVE;
        } else if (newEndDate != null) {
            throw new InvalidInputException("endDate", "only a renewal changes the end date");
        }
        List<Transition> nextHistory = new ArrayList<>(history);
        nextHistory.add(new Transition(status, target, date, note, recordedAt));
        return new Partnership(id, d, resulting, nextHistory, warningsSent, cohorts);
    }

    /**
     * Records (or replaces) the counts of one intake of a cooperative program, announced with the cohort; unchanged
     * when the same counts are recorded again.
     */
    public Change<Partnership> recordCohort(Cohort cohort, CommandContext context) {
        return recordCohort(cohort, context, false);
    }

    /**
     * Records an intake; {@code migrated} when it is brought in from the office's files (an import), which subscribers
     * need for their figures but not as news.
     */
    public Change<Partnership> recordCohort(Cohort cohort, CommandContext context, boolean migrated) {
        requireCooperativeProgram();
        Cohort.checkYear(cohort.intakeYear(), context.today().getYear());
        if (cohorts.contains(cohort)) {
            return Change.unchanged(this);
        }
        List<Cohort> next = new ArrayList<>(cohorts);
        next.removeIf(c -> c.intakeYear() == cohort.intakeYear());
        next.add(cohort);
        Partnership p = new Partnership(id, details, status, history, warningsSent, next);
        return Change.of(
                p,
                new PendingEvent(
                        PartnershipEvent.COHORT_RECORDED,
                        PartnershipEvent.of(p, context.partners(), null, null).withCohort(cohort)));
    }

    /** Removes an intake recorded by mistake. */
    public Change<Partnership> removeCohort(int intakeYear, CommandContext context) {
        Cohort removed = cohorts.stream()
                .filter(c -> c.intakeYear() == intakeYear)
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("Cohort of intake year", intakeYear + " in partnership " + id));
        List<Cohort> next = new ArrayList<>(cohorts);
        next.remove(removed);
        Partnership p = new Partnership(id, details, status, history, warningsSent, next);
        return Change.of(
                p,
                new PendingEvent(
                        PartnershipEvent.COHORT_REMOVED,
                        PartnershipEvent.of(p, context.partners(), null, null).withCohort(removed)));
    }

    /**
     * Students in the program now: the recorded cohorts are the program's totals (all its students); without them,
     * the international students this system registers under it ({@code registered}).
     */
    public long enrolledStudents(long registered) {
        return cohorts.isEmpty() ? registered : Cohort.inProgram(cohorts);
    }

    private void requireCooperativeProgram() {
        if (!details.type().hasMoeRecord()) {
            throw new ConflictException("only a cooperative program (JOINT_PROGRAM, JOINT_INSTITUTE) records cohorts; "
                    + id + " is a " + details.type());
        }
    }

    public Partnership withWarningsSent(List<String> keys) {
        List<String> next = new ArrayList<>(warningsSent);
        keys.stream().filter(k -> !next.contains(k)).forEach(next::add);
        return new Partnership(id, details, status, history, next, cohorts);
    }

    /** The last move, if any. */
    public Transition lastTransition() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    private Partnership expireOrRenew(Instant now) {
        PartnershipDetails d = details;
        if (d.autoRenewal()) {
            LocalDate start =
                    d.startDate() != null ? d.startDate() : d.endDate().minusYears(1);
            LocalDate newEnd = d.endDate().plus(Period.between(start, d.endDate()));
            if (!newEnd.isAfter(d.endDate())) {
                newEnd = d.endDate().plusYears(1);
            }
            return moveTo(PartnershipStatus.RENEWED, d.endDate(), "renewed automatically", newEnd, now);
        }
        return moveTo(PartnershipStatus.EXPIRED, d.endDate().plusDays(1), "end date passed", null, now);
    }

    /** Records the warnings due today with their events, in one new state. */
    private Change<Partnership> withDueWarnings(CommandContext context, List<PendingEvent> events) {
        DueWarnings due = context.rules().due(this, context.today());
        if (due.warnings().isEmpty() && due.keysToRecord().isEmpty()) {
            return new Change<>(this, events);
        }
        Partnership next = withWarningsSent(due.keysToRecord());
        for (ExpiryWarning w : due.warnings()) {
            events.add(new PendingEvent(
                    PartnershipEvent.EXPIRING, PartnershipEvent.of(next, context.partners(), null, w)));
        }
        return new Change<>(next, events);
    }

    private PendingEvent moved(CommandContext context) {
        Transition t = lastTransition();
        return new PendingEvent(PartnershipEvent.typeOf(t), PartnershipEvent.of(this, context.partners(), t, null));
    }
}
