package org.openintl.faculty.alert;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.document.DeadlineRule;
import org.openintl.faculty.document.DocumentType;
import org.openintl.faculty.expert.Expert;
import org.openintl.faculty.expert.ExpertStatus;
import org.openintl.platform.deadlines.WarningPolicy;

/**
 * One deadline of one expert, as the office's worklist shows it. For roles that may not see the expert's personal
 * data only {@code status}, {@code college}, {@code document}, {@code rule} and {@code overdue} are there: no id to
 * look the expert up by, no name, nationality or date.
 *
 * @param daysLeft days until the due date; negative when overdue
 */
public record AlertView(
        UUID expertId,
        String name,
        String chineseName,
        ExpertStatus status,
        String nationality,
        String college,
        DocumentType document,
        DeadlineRule rule,
        LocalDate dueDate,
        Long daysLeft,
        boolean overdue) {

    static AlertView of(Expert e, Deadline d, LocalDate today) {
        long left = WarningPolicy.daysLeft(d, today);
        return new AlertView(
                e.id(),
                e.profile().name(),
                e.profile().chineseName(),
                e.status(),
                e.nationality(),
                e.profile().college(),
                d.document(),
                d.rule(),
                d.dueDate(),
                left,
                left < 0);
    }

    static AlertView withoutPersonalData(Expert e, Deadline d, LocalDate today) {
        return new AlertView(
                null,
                null,
                null,
                e.status(),
                null,
                e.profile().college(),
                d.document(),
                d.rule(),
                null,
                null,
                WarningPolicy.daysLeft(d, today) < 0);
    }
}
