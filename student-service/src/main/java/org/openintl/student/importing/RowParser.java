package org.openintl.student.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.input.DateRules;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Gender;
import org.openintl.student.student.StudentForm;
import org.openintl.student.student.StudentStatus;

/**
 * Turns one CSV row into a {@link StudentForm}, reporting every cell it cannot read. Messages never repeat the
 * value of a personal column (date of birth, passport, contact), because they are stored in the job.
 */
final class RowParser {

    private RowParser() {}

    /** A row that cannot become a form; the message lists every problem. */
    static final class RowException extends RuntimeException {
        RowException(String message) {
            super(message, null, false, false);
        }
    }

    static StudentForm parse(Header header, List<String> values) {
        if (values.size() != header.columns().size()) {
            throw new RowException("the row has " + values.size() + " values, the header has "
                    + header.columns().size() + " columns");
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null
                    ? null
                    : SpreadsheetCells.restore(values.get(i)).strip();
            cells.put(header.columns().get(i), v == null || v.isEmpty() ? null : v);
        }
        List<String> problems = new ArrayList<>();
        Cells c = new Cells(cells, problems);
        FundingType fundingType = c.enumValue(Column.FUNDING_TYPE, FundingType.class);
        String fundingProgram = c.text(Column.FUNDING_PROGRAM);
        String email = c.text(Column.CONTACT_EMAIL);
        String phone = c.text(Column.CONTACT_PHONE);
        StudentForm form = new StudentForm(
                c.text(Column.FAMILY_NAME),
                c.text(Column.GIVEN_NAME),
                c.text(Column.CHINESE_NAME),
                c.text(Column.NATIONALITY),
                c.enumValue(Column.GENDER, Gender.class),
                c.date(Column.DATE_OF_BIRTH),
                c.text(Column.PASSPORT_NUMBER),
                c.enumValue(Column.CATEGORY, Category.class),
                c.text(Column.COLLEGE),
                c.text(Column.PROGRAM),
                fundingType == null && fundingProgram == null
                        ? null
                        : new StudentForm.FundingForm(fundingType, fundingProgram),
                c.parse(Column.PARTNERSHIP_ID, UUID::fromString, "is not a UUID"),
                c.text(Column.COUNSELOR),
                c.date(Column.EXPECTED_GRADUATION),
                email == null && phone == null ? null : new StudentForm.ContactForm(email, phone),
                c.date(Column.ACCOMMODATION_SINCE),
                c.enumValue(Column.STATUS, StudentStatus.class));
        if (!problems.isEmpty()) {
            throw new RowException(String.join("; ", problems));
        }
        return form;
    }

    private record Cells(Map<Column, String> cells, List<String> problems) {

        String text(Column column) {
            return cells.get(column);
        }

        LocalDate date(Column column) {
            return parse(
                    column,
                    v -> DateRules.check(null, LocalDate.parse(v)),
                    "is not a date (YYYY-MM-DD) between " + DateRules.MIN_TEXT + " and " + DateRules.MAX_TEXT);
        }

        <E extends Enum<E>> E enumValue(Column column, Class<E> type) {
            return parse(
                    column,
                    v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)),
                    "must be one of " + Arrays.toString(type.getEnumConstants()));
        }

        <T> T parse(Column column, Function<String, T> parser, String problem) {
            String v = cells.get(column);
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException | DateTimeParseException | InvalidInputException e) {
                boolean personal = column == Column.DATE_OF_BIRTH;
                problems.add(column.header() + (personal ? "" : " '" + shorten(v) + "'") + " " + problem);
                return null;
            }
        }

        private static String shorten(String v) {
            return v.length() > 40 ? v.substring(0, 40) + "..." : v;
        }
    }
}
