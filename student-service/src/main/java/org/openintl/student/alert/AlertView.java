package org.openintl.student.alert;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.student.document.DeadlineRule;
import org.openintl.student.document.DocumentType;
import org.openintl.student.student.StudentStatus;

/**
 * One deadline of one student, as the counselors' worklist shows it.
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
        long daysLeft,
        boolean overdue) {}
