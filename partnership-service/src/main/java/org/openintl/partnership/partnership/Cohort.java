package org.openintl.partnership.partnership;

import java.util.List;
import org.openintl.platform.domain.InvalidInputException;

/**
 * One intake of a cooperative program, counted over all its students (most of them Chinese, whom this system does not
 * register one by one): how many were admitted in {@code intakeYear}, how many of them enrolled, and how many of those
 * have graduated.
 */
public record Cohort(int intakeYear, int admitted, int enrolled, int graduated) {

    /** The first intake year taken: cooperative programs under the 2003 regulations, with margin. */
    public static final int FIRST_YEAR = 1990;

    public Cohort {
        if (admitted < 0) {
            throw new InvalidInputException("admitted", "admitted cannot be negative");
        }
        if (enrolled < 0) {
            throw new InvalidInputException("enrolled", "enrolled cannot be negative");
        }
        if (graduated < 0) {
            throw new InvalidInputException("graduated", "graduated cannot be negative");
        }
        if (enrolled > admitted) {
            throw new InvalidInputException(
                    "enrolled", "enrolled (" + enrolled + ") cannot exceed admitted (" + admitted + ")");
        }
        if (graduated > enrolled) {
            throw new InvalidInputException(
                    "graduated", "graduated (" + graduated + ") cannot exceed enrolled (" + enrolled + ")");
        }
    }

    /** The year must lie between {@link #FIRST_YEAR} and next year (an intake is recorded once admissions close). */
    static void checkYear(int intakeYear, int currentYear) {
        if (intakeYear < FIRST_YEAR || intakeYear > currentYear + 1) {
            throw new InvalidInputException(
                    "intakeYear",
                    "intakeYear must be between " + FIRST_YEAR + " and " + (currentYear + 1) + ", not " + intakeYear);
        }
    }

    /** Students of the program now: per intake, those who enrolled and have not graduated. */
    public static long inProgram(List<Cohort> cohorts) {
        return cohorts.stream().mapToLong(c -> c.enrolled() - c.graduated()).sum();
    }
}
