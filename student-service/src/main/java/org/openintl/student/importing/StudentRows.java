package org.openintl.student.importing;

import static org.openintl.student.importing.StudentColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.imports.RowCells;
import org.openintl.student.document.DocumentFacts;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Gender;
import org.openintl.student.student.StatusDates;
import org.openintl.student.student.StudentForm;
import org.openintl.student.student.StudentImport;
import org.openintl.student.student.StudentStatus;

/**
 * Turns one row into a {@link StudentForm}, reporting every cell it cannot read. Messages never repeat the value of a
 * personal column (date of birth, passport, contact), because they are stored in the job.
 */
final class StudentRows {

    private StudentRows() {}

    /**
     * @throws org.openintl.platform.imports.RowRefusedException listing every cell that cannot be read
     */
    static StudentImport parse(RowCells c) {
        FundingType fundingType = c.choice(FUNDING_TYPE, FundingType.class);
        String fundingProgram = c.text(FUNDING_PROGRAM);
        String email = c.text(CONTACT_EMAIL);
        String phone = c.text(CONTACT_PHONE);
        StudentForm form = new StudentForm(
                c.text(FAMILY_NAME),
                c.text(GIVEN_NAME),
                c.text(CHINESE_NAME),
                c.country(NATIONALITY),
                c.choice(GENDER, Gender.class),
                c.date(DATE_OF_BIRTH),
                c.text(PASSPORT_NUMBER),
                c.choice(CATEGORY, Category.class),
                c.text(COLLEGE),
                c.text(PROGRAM),
                fundingType == null && fundingProgram == null
                        ? null
                        : new StudentForm.FundingForm(fundingType, fundingProgram),
                c.parse(PARTNERSHIP_ID, UUID::fromString, "is not a UUID"),
                c.text(COUNSELOR),
                c.date(EXPECTED_GRADUATION),
                email == null && phone == null ? null : new StudentForm.ContactForm(email, phone),
                c.date(ACCOMMODATION_SINCE),
                c.choice(STATUS, StudentStatus.class),
                c.date(StatusDates.field(StudentStatus.APPLIED)),
                c.date(StatusDates.field(StudentStatus.ADMITTED)),
                c.date(StatusDates.field(StudentStatus.ENROLLED)),
                c.date(StatusDates.field(StudentStatus.SUSPENDED)),
                c.date(StatusDates.field(StudentStatus.GRADUATED)),
                c.date(StatusDates.field(StudentStatus.WITHDRAWN)));
        List<DocumentFacts> documents = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            document(c, type).ifPresent(documents::add);
        }
        c.requireNoProblems();
        return new StudentImport(form, documents);
    }

    /** The document of {@code type} when any of its cells is filled; its own rules name the column that breaks one. */
    private static Optional<DocumentFacts> document(RowCells c, DocumentType type) {
        boolean passport = type == DocumentType.PASSPORT;
        // the passport's number is the student's passportNumber: a passport document is filed when its dates are given
        String number = passport ? null : c.text(number(type));
        LocalDate issued = c.date(issueDate(type));
        LocalDate expires = c.date(expiryDate(type));
        VisaCategory category = type == DocumentType.VISA ? c.choice(VISA_CATEGORY, VisaCategory.class) : null;
        LocalDate entered = type == DocumentType.VISA ? c.date(VISA_ENTRY_DATE) : null;
        if (number == null && issued == null && expires == null && category == null && entered == null) {
            return Optional.empty();
        }
        if (passport) {
            number = c.text(PASSPORT_NUMBER);
        }
        try {
            return Optional.of(new DocumentFacts(type, category, number, issued, expires, entered));
        } catch (InvalidInputException e) {
            String column = switch (e.field()) {
                case "number" -> passport ? PASSPORT_NUMBER : number(type);
                case "issueDate" -> issueDate(type);
                case "expiryDate" -> expiryDate(type);
                case "visaCategory" -> VISA_CATEGORY;
                case "entryDate" -> VISA_ENTRY_DATE;
                default -> documentPrefix(type);
            };
            c.problem(column, null, e.getMessage());
            return Optional.empty();
        }
    }
}
