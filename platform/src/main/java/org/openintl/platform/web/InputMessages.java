package org.openintl.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openintl.platform.input.DateRules;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Error messages about a client's input in the client's terms: the field, what was expected and the allowed values,
 * never a Java class name (Jackson's own messages name them, e.g. {@code org.openintl...PartnerType}).
 */
final class InputMessages {

    private static final int MAX_ECHO = 40;

    private InputMessages() {}

    /** What a type accepts, e.g. "one of UNIVERSITY, COMPANY", "a date (YYYY-MM-DD)", "an integer". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + allowed(type);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD) between " + DateRules.MIN_TEXT + " and " + DateRules.MAX_TEXT;
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }

    static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    static String echo(Object value) {
        String s = String.valueOf(value)
                .codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + (s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "...") + "'";
    }

    /** A message for a value that could not be read from a JSON body; {@code null} if the body is not JSON at all. */
    static String describe(JacksonException e) {
        if (e instanceof PropertyBindingException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'"
                    + (unknown.getKnownPropertyIds() == null
                                    || unknown.getKnownPropertyIds().isEmpty()
                            ? ""
                            : "; the fields are "
                                    + unknown.getKnownPropertyIds().stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException invalid) {
            return echo(invalid.getValue()) + " is not " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            String got = mismatch.getCurrentToken() == null ? "" : " (got " + token(mismatch) + ")";
            return "must be " + expected(mismatch.getTargetType()) + got;
        }
        if (e instanceof StreamConstraintsException) {
            return null;
        }
        if (e instanceof StreamReadException) {
            return null;
        }
        return "is not a valid value";
    }

    /** For a body that is no JSON at all, or too deep, long or large to read. */
    static String malformed(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return "The body exceeds the limits of the JSON reader (nesting depth, number or string length)";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int nl = message.indexOf('\n');
        message = nl < 0 ? message : message.substring(0, nl);
        // Jackson's parser messages may mention its own classes or settings: keep only the first clause
        int hint = message.indexOf(" (");
        if (message.contains("`") && hint > 0) {
            message = message.substring(0, hint);
        }
        return "The body is not valid JSON: " + message;
    }

    private static String token(MismatchedInputException e) {
        return switch (e.getCurrentToken()) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
