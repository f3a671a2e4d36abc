package org.openintl.student.student;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What the office edits about a student, apart from the lifecycle, nationality, documents and sealed personal data.
 *
 * @param familyName as in the passport (the only name some passports have)
 * @param givenName as in the passport, if any
 * @param chineseName the Chinese name the student uses, if any
 * @param partnershipId the partnership (exchange, joint program ...) the student came through, if any
 * @param counselor the staff member who looks after the student
 * @param accommodationSince the day the student arrived at the current accommodation (arrival or a move): the
 *     accommodation must be registered within 24 hours
 */
public record StudentProfile(
        String familyName,
        String givenName,
        String chineseName,
        Gender gender,
        Category category,
        String college,
        String program,
        Funding funding,
        UUID partnershipId,
        String counselor,
        LocalDate expectedGraduation,
        LocalDate accommodationSince) {

    public StudentProfile {
        familyName = Texts.required("familyName", familyName, 100);
        givenName = Texts.optional("givenName", givenName, 100);
        chineseName = Texts.optional("chineseName", chineseName, 50);
        gender = gender == null ? Gender.UNSPECIFIED : gender;
        if (category == null) {
            throw new InvalidInputException("category", "category is required");
        }
        college = Texts.required("college", college, 200);
        program = Texts.optional("program", program, 200);
        if (funding == null) {
            throw new InvalidInputException("funding", "funding is required");
        }
        counselor = Texts.optional("counselor", counselor, 100);
    }

    /** Refuses an arrival at the accommodation that has not happened yet. */
    void checkDates(LocalDate today) {
        if (accommodationSince != null && accommodationSince.isAfter(today)) {
            throw new InvalidInputException("accommodationSince", "accommodationSince cannot be in the future");
        }
    }
}
