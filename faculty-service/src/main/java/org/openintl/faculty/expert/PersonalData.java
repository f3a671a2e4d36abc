package org.openintl.faculty.expert;

import java.time.LocalDate;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What is sealed at rest (ADR 0620): the passport number and the date of birth. Both are required when the office
 * registers an expert; an expert created on a talent's arrival may lack them until the office completes the record.
 */
public record PersonalData(String passportNumber, LocalDate dateOfBirth) {

    /** The youngest and the oldest age an expert can have. */
    static final int MIN_AGE = 18;

    static final int MAX_AGE = 100;

    void checkAge(LocalDate today) {
        if (dateOfBirth == null) {
            return;
        }
        if (dateOfBirth.isAfter(today.minusYears(MIN_AGE))) {
            throw new InvalidInputException("dateOfBirth", "an expert is at least " + MIN_AGE + " years old");
        }
        if (dateOfBirth.isBefore(today.minusYears(MAX_AGE))) {
            throw new InvalidInputException("dateOfBirth", "dateOfBirth is more than " + MAX_AGE + " years ago");
        }
    }
}
