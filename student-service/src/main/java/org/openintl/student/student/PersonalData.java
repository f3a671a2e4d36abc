package org.openintl.student.student;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openintl.platform.domain.InvalidInputException;

/**
 * What is stored only sealed: the passport number, the date of birth and the contact. Never part of an event.
 *
 * @param passportNumber 5 to 20 letters and digits, kept upper case
 */
public record PersonalData(String passportNumber, LocalDate dateOfBirth, Contact contact) {

    public static final int MIN_AGE = 14;
    public static final int MAX_AGE = 100;
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

    public PersonalData {
        passportNumber = Texts.required("passportNumber", passportNumber, 20).toUpperCase(Locale.ROOT);
        if (!PASSPORT.matcher(passportNumber).matches()) {
            throw new InvalidInputException("passportNumber", "passportNumber must be 5 to 20 letters and digits");
        }
        if (dateOfBirth == null) {
            throw new InvalidInputException("dateOfBirth", "dateOfBirth is required");
        }
    }

    /** The date of birth must be in the past and give a plausible age for a student or visiting scholar. */
    public void checkAge(LocalDate today) {
        if (!dateOfBirth.isBefore(today)) {
            throw new InvalidInputException("dateOfBirth", "dateOfBirth must be in the past");
        }
        int age = Period.between(dateOfBirth, today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidInputException(
                    "dateOfBirth", "dateOfBirth gives an age of " + age + "; expected " + MIN_AGE + " to " + MAX_AGE);
        }
    }
}
