package org.openintl.news.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openintl.platform.country.Countries;

/** Names and dates in Chinese and English for generated texts. */
final class Texts {

    private static final Countries COUNTRIES = Countries.load();
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("y年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Map<String, String[]> CONTINENTS = Map.of(
            "AFRICA", new String[] {"非洲", "Africa"},
            "ASIA", new String[] {"亚洲", "Asia"},
            "EUROPE", new String[] {"欧洲", "Europe"},
            "NORTH_AMERICA", new String[] {"北美洲", "North America"},
            "SOUTH_AMERICA", new String[] {"南美洲", "South America"},
            "OCEANIA", new String[] {"大洋洲", "Oceania"},
            "ANTARCTICA", new String[] {"南极洲", "Antarctica"});

    private Texts() {}

    static boolean isCountryCode(String code) {
        return code != null
                && code.matches("[A-Z]{2}")
                && List.of(Locale.getISOCountries()).contains(code);
    }

    static String countryZh(String code) {
        return isCountryCode(code) ? new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE) : code;
    }

    static String countryEn(String code) {
        return isCountryCode(code) ? new Locale("", code).getDisplayCountry(Locale.ENGLISH) : code;
    }

    static String continentZh(String code) {
        String[] names = code == null
                ? null
                : CONTINENTS.get(code.toUpperCase(Locale.ROOT).replace(' ', '_'));
        return names == null ? null : names[0];
    }

    static String continentEn(String code) {
        String[] names = code == null
                ? null
                : CONTINENTS.get(code.toUpperCase(Locale.ROOT).replace(' ', '_'));
        return names == null ? null : names[1];
    }

    static String dateZh(LocalDate d) {
        return ZH_DATE.format(d);
    }

    static String dateEn(LocalDate d) {
        return EN_DATE.format(d);
    }

    /** Shortens a generated text to the limit: a draft must always be storable; the editor rewrites it anyway. */
    static String clip(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
