package org.openintl.student.student;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;

/**
 * A student as the API answers it. Names, personal data, immigration documents, deadlines and the notes of the history
 * are there only for roles that may see them (docs/security.md, "Students: need to know"), absent otherwise.
 */
public record StudentView(
        UUID id,
        StudentStatus status,
        String familyName,
        String givenName,
        String chineseName,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Gender gender,
        LocalDate dateOfBirth,
        String passportNumber,
        Category category,
        String college,
        String program,
        Funding funding,
        UUID partnershipId,
        String counselor,
        LocalDate expectedGraduation,
        Contact contact,
        LocalDate accommodationSince,
        boolean programAtRisk,
        List<DocumentView> documents,
        List<Deadline> deadlines,
        List<Transition> history) {

    /** The non-personal fields only: what every role may read. */
    static StudentView withoutPersonalData(Student s) {
        StudentProfile p = s.profile();
        return new StudentView(
                s.id(),
                s.status(),
                null,
                null,
                null,
                s.nationality(),
                s.continent(),
                s.beltAndRoad(),
                null,
                null,
                null,
                p.category(),
                p.college(),
                p.program(),
                p.funding(),
                p.partnershipId(),
                p.counselor(),
                p.expectedGraduation(),
                null,
                null,
                s.programAtRisk(),
                null,
                null,
                s.history().stream()
                        .map(t -> new Transition(t.from(), t.to(), t.date(), null))
                        .toList());
    }

    /** Whether this view shows the student's names and personal data (what the audit log records). */
    boolean showsPersonalData() {
        return passportNumber != null;
    }

    /** A document with its number opened. */
    public record DocumentView(
            DocumentType type,
            VisaCategory visaCategory,
            String number,
            LocalDate issueDate,
            LocalDate expiryDate,
            LocalDate entryDate) {}
}
