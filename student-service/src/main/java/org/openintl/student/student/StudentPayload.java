package org.openintl.student.student;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.platform.deadlines.Warning;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DeadlineRule;
import org.openintl.student.document.DocumentType;

/**
 * The data of every {@code intl.student.*.v1} event: the state subscribers count and route by, and never a name,
 * passport or document number, date of birth or contact (docs/events.md). The schemas in
 * {@code events/schemas/} refuse any other field.
 *
 * @param transition the move, for lifecycle events
 * @param document the deadline, for {@code document-expiring}
 * @param partnershipStatus the partnership's status, for {@code program-at-risk} and {@code program-restored}
 */
public record StudentPayload(
        UUID id,
        StudentStatus status,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Category category,
        String college,
        String program,
        FundingType fundingType,
        UUID partnershipId,
        String counselor,
        boolean programAtRisk,
        TransitionDetails transition,
        DocumentWarning document,
        String partnershipStatus) {

    static StudentPayload of(Student s) {
        StudentProfile p = s.profile();
        return new StudentPayload(
                s.id(),
                s.status(),
                s.nationality(),
                s.continent(),
                s.beltAndRoad(),
                p.category(),
                p.college(),
                p.program(),
                p.funding().type(),
                p.partnershipId(),
                p.counselor(),
                s.programAtRisk(),
                null,
                null,
                null);
    }

    StudentPayload withTransition(Transition t) {
        return new StudentPayload(
                id,
                status,
                nationality,
                continent,
                beltAndRoad,
                category,
                college,
                program,
                fundingType,
                partnershipId,
                counselor,
                programAtRisk,
                new TransitionDetails(t.from(), t.to(), t.date()),
                null,
                null);
    }

    StudentPayload withWarning(Warning<Deadline> w) {
        return new StudentPayload(
                id,
                status,
                nationality,
                continent,
                beltAndRoad,
                category,
                college,
                program,
                fundingType,
                partnershipId,
                counselor,
                programAtRisk,
                null,
                new DocumentWarning(
                        w.deadline().document(),
                        w.deadline().rule(),
                        w.deadline().dueDate(),
                        w.window(),
                        w.daysLeft()),
                null);
    }

    StudentPayload withPartnershipStatus(String status) {
        return new StudentPayload(
                id,
                this.status,
                nationality,
                continent,
                beltAndRoad,
                category,
                college,
                program,
                fundingType,
                partnershipId,
                counselor,
                programAtRisk,
                null,
                null,
                status);
    }

    /** A lifecycle move as subscribers see it (the office's note stays in the service). */
    public record TransitionDetails(StudentStatus from, StudentStatus to, LocalDate date) {}

    /**
     * A deadline announced in one window.
     *
     * @param window the window in days before the due date (60, 30, 7 by default)
     * @param daysLeft days until the due date when announced; negative when already overdue
     */
    public record DocumentWarning(DocumentType type, DeadlineRule rule, LocalDate dueDate, int window, long daysLeft) {}
}
