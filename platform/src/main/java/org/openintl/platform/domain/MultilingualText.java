package org.openintl.platform.domain;

import java.util.stream.Stream;

/**
 * Text in the office's three working languages; at least one must be given. Blank strings count as absent so that
 * a form that sends {@code ""} does not hide a missing translation.
 */
public record MultilingualText(String zh, String en, String ko) {

    public MultilingualText {
        zh = blankToNull(zh);
        en = blankToNull(en);
        ko = blankToNull(ko);
        if (zh == null && en == null && ko == null) {
            throw new InvalidInputException("text", "at least one of zh, en, ko is required");
        }
    }

    /** The first available text, preferring Chinese, then English, then Korean. */
    public String any() {
        return Stream.of(zh, en, ko).filter(s -> s != null).findFirst().orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
