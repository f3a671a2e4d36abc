package org.openintl.platform.imports;

/**
 * CSV injection (OWASP "CSV Injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return is taken for a formula by spreadsheet programs, so a name like {@code =HYPERLINK(...)} typed into
 * the API would run when the office opens the export. The export prefixes such cells with {@code '}, which makes
 * them text; the import takes that prefix off again, so an exported file imports to the same values (a phone number
 * {@code +82 ...} stays {@code +82 ...}).
 */
public final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** The value as a cell that no spreadsheet evaluates. */
    public static Object neutralise(Object value) {
        if (value instanceof CharSequence text && startsWithTrigger(text.toString(), 0)) {
            return "'" + text;
        }
        return value;
    }

    /** A cell of an import: the export's {@code '} before a formula character is not part of the value. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsWithTrigger(cell, 1)) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsWithTrigger(String text, int at) {
        return text.length() > at && TRIGGERS.indexOf(text.charAt(at)) >= 0;
    }
}
