package org.openintl.student.student;

import org.openintl.platform.domain.InvalidInputException;

/** Text checks shared by the student's values: stripped, blank means absent, bounded length. */
final class Texts {

    private Texts() {}

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new InvalidInputException(field, field + " must be at most " + maxLength + " characters");
        }
        return v;
    }

    static String required(String field, String value, int maxLength) {
        String v = optional(field, value, maxLength);
        if (v == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return v;
    }
}
