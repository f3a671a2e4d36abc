package org.openintl.student.alert;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DeadlineRule;
import org.openintl.student.document.DocumentType;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentStatus;

/**
 * One deadline of one student, as the counselors' worklist shows it. For roles that may not see the student's
 * personal data only {@code status}, {@code college}, {@code counselor}, {@code document}, {@code rule} and
 * {@code overdue} are there: no id to look the student up by, no name, nationality or date.
 *
 * @param daysLeft days until the due date; negative when overdue
 */
public record AlertView(
        UUID studentId,
        String familyName,
        String givenName,
        String chineseName,
        StudentStatus status,
        String nationality,
        String college,
        String counselor,
        DocumentType document,
        DeadlineRule rule,
        LocalDate dueDate,
        Long daysLeft,
        boolean overdue) {

    static AlertView of(Student s, Deadline d, LocalDate today) {
        long left = WarningPolicy.daysLeft(d, today);
        return new AlertView(
                s.id(),
                s.profile().familyName(),
                s.profile().givenName(),
                s.profile().chineseName(),
                s.status(),
                s.nationality(),
                s.profile().college(),
                s.profile().counselor(),
                d.document(),
                d.rule(),
                d.dueDate(),
                left,
                left < 0);
    }

    static AlertView withoutPersonalData(Student s, Deadline d, LocalDate today) {
        return new AlertView(
                null,
                null,
                null,
                null,
                s.status(),
                null,
                s.profile().college(),
                s.profile().counselor(),
                d.document(),
                d.rule(),
                null,
                null,
                WarningPolicy.daysLeft(d, today) < 0);
    }
}
