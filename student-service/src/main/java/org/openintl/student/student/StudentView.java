package org.openintl.student.student;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.country.Continent;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;

/**
 * A student as the API answers it. Personal data (passport number, date of birth, contact, document numbers) is
 * opened only for roles that may see it and absent otherwise.
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
