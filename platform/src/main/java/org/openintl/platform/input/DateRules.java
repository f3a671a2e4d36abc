package org.openintl.platform.input;

import java.time.LocalDate;
import org.openintl.platform.domain.InvalidInputException;

/**
 * Dates a client writes lie between {@value #MIN_TEXT} and {@value #MAX_TEXT}: wide enough for a birth date or an
 * agreement's end, narrow enough that a typo ({@code +99999-01-01}, {@code 0001-01-01}) is refused rather than stored
 * and later shown or computed with.
 */
public final class DateRules {

    public static final String MIN_TEXT = "1900-01-01";
    public static final String MAX_TEXT = "2200-12-31";
    public static final LocalDate MIN = LocalDate.parse(MIN_TEXT);
    public static final LocalDate MAX = LocalDate.parse(MAX_TEXT);

    private DateRules() {}

    /** @throws InvalidInputException naming {@code field} (may be null) when the date is out of range */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(MIN) || date.isAfter(MAX))) {
            throw new InvalidInputException(field, outOfRange(date.toString()));
        }
        return date;
    }

    static String outOfRange(String value) {
        return "'" + value + "' is not a date between " + MIN_TEXT + " and " + MAX_TEXT;
    }
}
