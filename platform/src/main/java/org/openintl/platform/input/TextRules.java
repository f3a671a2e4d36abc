package org.openintl.platform.input;

import org.openintl.platform.domain.InvalidInputException;

/**
 * The rules for every text a client writes (JSON bodies, CSV cells, query filters): bounded length, no control
 * characters (C0, DEL, C1; line breaks and tabs only where a field is prose), no lone surrogates (which no UTF-8
 * encoder, hence no database, can store faithfully).
 */
public final class TextRules {

    /** The longest text a field takes unless it says otherwise ({@link Text}). */
    public static final int DEFAULT_MAX_LENGTH = 1_000;

    private TextRules() {}

    /**
     * @param field the field to name in the error, or {@code null} to let the caller's context name it
     * @throws InvalidInputException when {@code value} breaks a rule
     */
    public static void check(String field, String value, int maxLength, boolean multiline) {
        String problem = problem(value, maxLength, multiline);
        if (problem != null) {
            throw new InvalidInputException(field, problem);
        }
    }

    /** What is wrong with {@code value}, or {@code null} when nothing is. */
    public static String problem(String value, int maxLength, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return "is " + value.length() + " characters long; at most " + maxLength + " are allowed";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " at position " + i
                        + (multiline ? "" : " (this field is a single line)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate at position " + i;
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate at position " + i;
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
