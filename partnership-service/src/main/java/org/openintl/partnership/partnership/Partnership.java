package org.openintl.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

/**
 * A partnership: what was agreed with whom, its lifecycle and history, and which expiry warnings were already sent
 * (kept here so that sending one is part of the same guarded update as recording it).
 */
public record Partnership(
        UUID id,
        PartnershipDetails details,
        PartnershipStatus status,
        List<Transition> history,
        List<String> warningsSent) {

    public Partnership {
        history = history == null ? List.of() : List.copyOf(history);
        warningsSent = warningsSent == null ? List.of() : List.copyOf(warningsSent);
    }

    public static Partnership propose(UUID id, PartnershipDetails details) {
        return new Partnership(id, details, PartnershipStatus.PROPOSED, List.of(), List.of());
    }

    public Partnership withDetails(PartnershipDetails next) {
        return new Partnership(id, next, status, history, warningsSent);
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
            d = new PartnershipDetails(
                    d.title(),
                    d.type(),
                    d.partnerIds(),
                    d.responsibleUnit(),
                    d.coordinator(),
                    d.startDate(),
                    newEndDate,
                    d.autoRenewal(),
                    d.noticeDays(),
                    d.documents(),
                    d.notes(),
                    d.program(),
                    d.schoolAbroad());
            resulting = PartnershipStatus.ACTIVE;
        } else if (newEndDate != null) {
            throw new InvalidInputException("endDate", "only a renewal changes the end date");
        }
        List<Transition> nextHistory = new ArrayList<>(history);
        nextHistory.add(new Transition(status, target, date, note, recordedAt));
        return new Partnership(id, d, resulting, nextHistory, warningsSent);
    }

    public Partnership withWarningsSent(List<String> keys) {
        List<String> next = new ArrayList<>(warningsSent);
        keys.stream().filter(k -> !next.contains(k)).forEach(next::add);
        return new Partnership(id, details, status, history, next);
    }

    /** The last move, if any. */
    public Transition lastTransition() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
