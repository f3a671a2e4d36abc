package org.openintl.platform.country;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of the shipped country list.
 *
 * @param code ISO 3166-1 alpha-2, upper case
 * @param beltAndRoad whether the country has signed a Belt and Road cooperation document with China
 */
public record Country(String code, String nameEn, String nameZh, Continent continent, boolean beltAndRoad) {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public Country {
        if (code == null || !ALPHA_2.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be two upper-case letters, was " + code);
        }
        requireText(nameEn, "nameEn", code);
        requireText(nameZh, "nameZh", code);
        Objects.requireNonNull(continent, () -> "continent of " + code);
    }

    private static void requireText(String value, String name, String code) {
        if (value == null || value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException(name + " of " + code + " must be non-blank without surrounding spaces");
        }
    }
}
