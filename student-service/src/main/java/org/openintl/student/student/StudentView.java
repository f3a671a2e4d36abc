package org.openintl.student.student;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;

/**
 * A student as the API answers it, personal data opened. (Hiding personal data from roles that may not see it is
 * the gateway issue's job.)
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

    /** A document with its number opened. */
    public record DocumentView(
            DocumentType type,
            VisaCategory visaCategory,
            String number,
            LocalDate issueDate,
            LocalDate expiryDate,
            LocalDate entryDate) {}
}
