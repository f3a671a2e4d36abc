package org.openintl.faculty.expert;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.document.DeadlineRule;
import org.openintl.faculty.document.DocumentType;
import org.openintl.platform.country.Continent;
import org.openintl.platform.deadlines.Warning;

/**
 * The data of every {@code intl.expert.*.v1} event: what subscribers count and route by, never a name, passport or
 * document number, date of birth, gender, teaching load or contract date (docs/events/faculty.md). The schemas in
 * {@code events/schemas/} refuse any other field.
 */
public record ExpertPayload(
        UUID id,
        ExpertStatus status,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        PermitCategory permitCategory,
        String college,
        Position position,
        String talentProgram,
        UUID talentId,
        TransitionDetails transition,
        DocumentWarning document) {

    static ExpertPayload of(Expert e) {
        ExpertProfile p = e.profile();
        return new ExpertPayload(
                e.id(),
                e.status(),
                e.nationality(),
                e.continent(),
                e.beltAndRoad(),
                p.permitCategory(),
                p.college(),
                p.position(),
                p.talentProgram(),
                e.talentId(),
                null,
                null);
    }

    ExpertPayload withTransition(Transition t) {
        return new ExpertPayload(
                id,
                status,
                nationality,
                continent,
                beltAndRoad,
                permitCategory,
                college,
                position,
                talentProgram,
                talentId,
                new TransitionDetails(t.from(), t.to(), t.date()),
                null);
    }

    ExpertPayload withWarning(Warning<Deadline> w) {
        return new ExpertPayload(
                id,
                status,
                nationality,
                continent,
                beltAndRoad,
                permitCategory,
                college,
                position,
                talentProgram,
                talentId,
                null,
                new DocumentWarning(
                        w.deadline().document(),
                        w.deadline().rule(),
                        w.deadline().dueDate(),
                        w.window(),
                        w.daysLeft()));
    }

    /** A lifecycle move as subscribers see it (the office's note stays in the service). */
    public record TransitionDetails(ExpertStatus from, ExpertStatus to, LocalDate date) {}

    /**
     * A deadline announced in one window.
     *
     * @param window the window in days before the due date (60, 30, 7 by default)
     * @param daysLeft days until the due date when announced; negative when already overdue
     */
    public record DocumentWarning(DocumentType type, DeadlineRule rule, LocalDate dueDate, int window, long daysLeft) {}
}
