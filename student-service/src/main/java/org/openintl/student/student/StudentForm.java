package org.openintl.student.student;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A student as the API and the CSV import accept it (create, replace, and the result of a merge patch). Bean
 * validation reports every missing or malformed field at once; the domain values check the same invariants again
 * and the rules that need the date or other data (age, nationality, partnership).
 *
 * @param status only for creation: the status the student is in (ADMITTED when not given); a status later than
 *     ADMITTED needs the date it was reached ({@link StatusDates})
 * @param appliedOn and the other {@code <status>On} dates: only for creation, the dates of the moves that led to
 *     {@code status}, for a student brought in as they are ({@link StatusDates})
 */
public record StudentForm(
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 100) String givenName,
        @Size(max = 50) String chineseName,
        @NotBlank String nationality,
        Gender gender,
        @NotNull LocalDate dateOfBirth,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9]{5,20}", message = "must be 5 to 20 letters and digits")
        String passportNumber,

        @NotNull Category category,
        @NotBlank @Size(max = 200) String college,
        @Size(max = 200) String program,
        @NotNull @Valid FundingForm funding,
        UUID partnershipId,
        @Size(max = 100) String counselor,
        LocalDate expectedGraduation,
        @Valid ContactForm contact,
        LocalDate accommodationSince,
        StudentStatus status,
        LocalDate appliedOn,
        LocalDate admittedOn,
        LocalDate enrolledOn,
        LocalDate suspendedOn,
        LocalDate graduatedOn,
        LocalDate withdrawnOn) {

    /** A form without dates: a live registration (APPLIED or ADMITTED today), or a revision. */
    public StudentForm(
            String familyName,
            String givenName,
            String chineseName,
            String nationality,
            Gender gender,
            LocalDate dateOfBirth,
            String passportNumber,
            Category category,
            String college,
            String program,
            FundingForm funding,
            UUID partnershipId,
            String counselor,
            LocalDate expectedGraduation,
            ContactForm contact,
            LocalDate accommodationSince,
            StudentStatus status) {
        this(
                familyName,
                givenName,
                chineseName,
                nationality,
                gender,
                dateOfBirth,
                passportNumber,
                category,
                college,
                program,
                funding,
                partnershipId,
                counselor,
                expectedGraduation,
                contact,
                accommodationSince,
                status,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The dates of the moves that led to {@code status} (none for a live registration). */
    public StatusDates dates() {
        return new StatusDates(appliedOn, admittedOn, enrolledOn, suspendedOn, graduatedOn, withdrawnOn);
    }

    /** @param program the scholarship program; required for CSC */
    public record FundingForm(
            @NotNull FundingType type, @Size(max = 200) String program) {}

    public record ContactForm(
            @Email @Size(max = 254) String email,

            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,29}", message = "must be digits, spaces, ()- and a leading +")
            String phone) {}

    StudentProfile profile() {
        return new StudentProfile(
                familyName,
                givenName,
                chineseName,
                gender,
                category,
                college,
                program,
                new Funding(funding.type(), funding.program()),
                partnershipId,
                counselor,
                expectedGraduation,
                accommodationSince);
    }

    PersonalData personalData() {
        return new PersonalData(
                passportNumber, dateOfBirth, contact == null ? null : Contact.of(contact.email(), contact.phone()));
    }

    StudentForm withStatus(StudentStatus newStatus) {
        return new StudentForm(
                familyName,
                givenName,
                chineseName,
                nationality,
                gender,
                dateOfBirth,
                passportNumber,
                category,
                college,
                program,
                funding,
                partnershipId,
                counselor,
                expectedGraduation,
                contact,
                accommodationSince,
                newStatus,
                appliedOn,
                admittedOn,
                enrolledOn,
                suspendedOn,
                graduatedOn,
                withdrawnOn);
    }

    static StudentForm of(Student s, PersonalData personal) {
        StudentProfile p = s.profile();
        Contact c = personal.contact();
        return new StudentForm(
                p.familyName(),
                p.givenName(),
                p.chineseName(),
                s.nationality(),
                p.gender(),
                personal.dateOfBirth(),
                personal.passportNumber(),
                p.category(),
                p.college(),
                p.program(),
                new FundingForm(p.funding().type(), p.funding().program()),
                p.partnershipId(),
                p.counselor(),
                p.expectedGraduation(),
                c == null ? null : new ContactForm(c.email(), c.phone()),
                p.accommodationSince(),
                s.status());
    }
}
