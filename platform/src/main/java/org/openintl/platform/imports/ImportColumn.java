package org.openintl.platform.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;

/**
 * One column of a register's import and export files. Its name is the API's field name (nested fields flattened,
 * e.g. {@code contactEmail}); the notes explain it on the template's second sheet.
 *
 * @param required a file without this column is refused before anything is stored
 * @param personal the value is never quoted in an error message (errors are stored in the job)
 * @param kind how a cell is read, and which drop-down the template offers
 * @param choices the allowed values of a {@link Kind#CHOICE} or {@link Kind#COUNTRY} column (empty for the others)
 * @param en what the column holds, in English
 * @param zh what the column holds, in Chinese
 */
public record ImportColumn(
        String name, boolean required, boolean personal, Kind kind, List<String> choices, String en, String zh) {

    public enum Kind {
        TEXT,
        /** {@code YYYY-MM-DD} as text, or an Excel date cell */
        DATE,
        /** one of {@code choices}, in any case */
        CHOICE,
        /** an ISO 3166-1 alpha-2 code of the shipped country list */
        COUNTRY,
        NUMBER,
        /** true or false */
        BOOLEAN
    }

    public ImportColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
    }

    public static ImportColumn text(String name, boolean required, String en, String zh) {
        return new ImportColumn(name, required, false, Kind.TEXT, List.of(), en, zh);
    }

    public static ImportColumn date(String name, boolean required, String en, String zh) {
        return new ImportColumn(name, required, false, Kind.DATE, List.of(), en, zh);
    }

    public static ImportColumn number(String name, boolean required, String en, String zh) {
        return new ImportColumn(name, required, false, Kind.NUMBER, List.of(), en, zh);
    }

    public static ImportColumn bool(String name, boolean required, String en, String zh) {
        return new ImportColumn(name, required, false, Kind.BOOLEAN, List.of("true", "false"), en, zh);
    }

    public static ImportColumn choice(
            String name, boolean required, Class<? extends Enum<?>> values, String en, String zh) {
        return new ImportColumn(
                name,
                required,
                false,
                Kind.CHOICE,
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList(),
                en,
                zh);
    }

    public static ImportColumn country(String name, boolean required, String en, String zh) {
        return new ImportColumn(
                name,
                required,
                false,
                Kind.COUNTRY,
                Countries.load().all().stream().map(Country::code).sorted().toList(),
                en,
                zh);
    }

    /** The same column, whose values are never quoted in error messages. */
    public ImportColumn asPersonal() {
        return new ImportColumn(name, required, true, kind, choices, en, zh);
    }
}
