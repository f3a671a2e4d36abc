package org.openintl.platform.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openintl.platform.country.Countries;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.input.DateRules;

/**
 * The cells of one row by column name, read as the register's types. Every cell that cannot be read adds a problem
 * (instead of stopping at the first), so a row's error lists all of them; {@link #requireNoProblems()} then refuses
 * the row. Values of personal columns are never quoted in a problem.
 */
public final class RowCells {

    private static final Pattern TEXT_DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,6}(\\.0+)?");

    private final long line;
    private final Map<String, ImportColumn> columns = new HashMap<>();
    private final Map<String, String> cells = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @throws RowRefusedException when the row has more values than the header has columns
     */
    public RowCells(List<ImportColumn> known, ImportHeader header, ImportRow row) {
        this.line = row.line();
        known.forEach(c -> columns.put(c.name(), c));
        List<String> values = row.values();
        if (values.size() != header.names().size()) {
            // a shifted row (a missing or extra separator) would put values into the wrong columns
            throw new RowRefusedException("the row has " + values.size() + " values, the header has "
                    + header.names().size() + " columns");
        }
        for (int i = 0; i < header.names().size(); i++) {
            String v = i < values.size() && values.get(i) != null
                    ? SpreadsheetCells.restore(values.get(i)).strip()
                    : null;
            cells.put(header.names().get(i), v == null || v.isEmpty() ? null : v);
        }
    }

    public long line() {
        return line;
    }

    /** The cell's text, {@code null} when empty or when the file has no such column. */
    public String text(String column) {
        return cells.get(column);
    }

    /** Whether the file has the column at all (an absent column leaves a value unchanged; an empty cell clears it). */
    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /**
     * A date as {@code YYYY-MM-DD} (also {@code YYYY/M/D}, {@code YYYY.M.D}, {@code YYYY年M月D日}) or an Excel date
     * (the workbook reader turns date cells into {@code YYYY-MM-DD}; a date cell saved without its date format
     * arrives as its serial number, which is read as the date it stands for).
     */
    public LocalDate date(String column) {
        return parse(
                column,
                RowCells::toDate,
                "is not a date (YYYY-MM-DD) between " + DateRules.MIN_TEXT + " and " + DateRules.MAX_TEXT);
    }

    /** One of the enum's constants, ignoring case, surrounding spaces and {@code -}/space for {@code _}. */
    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        return parse(
                column,
                v -> Enum.valueOf(
                        type, v.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT)),
                "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** An ISO 3166-1 alpha-2 code of the shipped country list, in any case. */
    public String country(String column) {
        String v = cells.get(column);
        if (v == null) {
            return null;
        }
        String code = v.toUpperCase(Locale.ROOT);
        if (Countries.load().find(code).isEmpty()) {
            problem(column, v, "is not an ISO 3166-1 alpha-2 country code");
            return null;
        }
        return code;
    }

    public Integer integer(String column) {
        return parse(column, v -> (int) Double.parseDouble(requireWhole(v)), "is not a whole number");
    }

    public Boolean bool(String column) {
        return parse(
                column,
                v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "y", "1", "是" -> Boolean.TRUE;
                    case "false", "no", "n", "0", "否" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(v);
                },
                "must be true or false");
    }

    /** A cell read by {@code parser}; its failure ({@link IllegalArgumentException} and the like) adds a problem. */
    public <T> T parse(String column, Function<String, T> parser, String problem) {
        String v = cells.get(column);
        if (v == null) {
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeException | InvalidInputException | ArithmeticException e) {
            problem(column, v, problem);
            return null;
        }
    }

    /** Records a problem of a cell, quoting its value unless the column is personal. */
    public void problem(String column, String value, String problem) {
        ImportColumn c = columns.get(column);
        boolean personal = c == null || c.personal();
        problems.add(column + (personal || value == null ? "" : " '" + shorten(value) + "'") + " " + problem);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * @throws RowRefusedException listing every problem found so far
     */
    public void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new RowRefusedException(String.join("; ", problems));
        }
    }

    static LocalDate toDate(String v) {
        String s = v.strip();
        Matcher m = TEXT_DATE.matcher(s);
        LocalDate date;
        if (m.matches()) {
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } else if (EXCEL_SERIAL.matcher(s).matches()) {
            date = ExcelDates.fromSerial((long) Double.parseDouble(s));
        } else {
            date = LocalDate.parse(s);
        }
        return DateRules.check(null, date);
    }

    private static String requireWhole(String v) {
        double d = Double.parseDouble(v);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new NumberFormatException(v);
        }
        return v;
    }

    private static String shorten(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
