package org.openintl.platform.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.openintl.platform.domain.InvalidInputException;

/**
 * The versioned country list shipped in {@code countries/countries.csv} with its metadata in
 * {@code countries/countries.properties}. Immutable; {@link #load()} reads it once per JVM and refuses a malformed
 * file, so a bad edit fails the first test that touches it rather than a request in production.
 */
public final class Countries {

    static final String HEADER = "code,nameEn,nameZh,continent,beltAndRoad";

    private static final String CSV = "countries/countries.csv";
    private static final String METADATA = "countries/countries.properties";
    private static final int MAX_ECHOED_INPUT = 20;

    private static volatile Countries shipped;

    private final String version;
    private final Map<String, Country> byCode;

    private Countries(String version, Map<String, Country> byCode) {
        this.version = version;
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The list shipped with the library, read on first use and cached. */
    public static Countries load() {
        Countries countries = shipped;
        if (countries == null) {
            synchronized (Countries.class) {
                countries = shipped;
                if (countries == null) {
                    countries = readShipped();
                    shipped = countries;
                }
            }
        }
        return countries;
    }

    /** The version of the list (year and month it was last reviewed, e.g. {@code 2025-06}). */
    public String version() {
        return version;
    }

    /** The country with this ISO 3166-1 alpha-2 code, in any letter case and ignoring surrounding spaces. */
    public Optional<Country> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        // Locale.ROOT: in a Turkish default locale "ci".toUpperCase() is not "CI".
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Like {@link #find(String)}, but unknown, blank or missing input is a 400 naming {@code field}. */
    public Country require(String field, String code) {
        return find(code)
                .orElseThrow(() ->
                        new InvalidInputException(field, echo(code) + " is not an ISO 3166-1 alpha-2 country code"));
    }

    /** Every country, ordered by code. */
    public Collection<Country> all() {
        return byCode.values();
    }

    @Override
    public String toString() {
        return "Countries[version=" + version + ", " + byCode.size() + " countries]";
    }

    private static String echo(String input) {
        if (input == null) {
            return "null";
        }
        String shown = input.length() > MAX_ECHOED_INPUT ? input.substring(0, MAX_ECHOED_INPUT) + "..." : input;
        return "'" + shown + "'";
    }

    private static Countries readShipped() {
        try (InputStream metadata = open(METADATA);
                InputStream csv = open(CSV)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(metadata, StandardCharsets.UTF_8));
            return parse(properties.getProperty("version"), new InputStreamReader(csv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CSV, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Countries.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        return in;
    }

    /** Reads a list in the shipped CSV format; package-private so that tests can feed it malformed files. */
    static Countries parse(String version, Reader csv) throws IOException {
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(METADATA + " has no version");
        }
        BufferedReader lines = new BufferedReader(csv);
        String header = lines.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1); // a byte-order mark left by a spreadsheet
        }
        if (!HEADER.equals(header)) {
            throw new IllegalStateException(CSV + " must start with the header " + HEADER + ", was " + header);
        }
        Map<String, Country> byCode = new TreeMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            Country country = row(line, number);
            if (byCode.put(country.code(), country) != null) {
                throw malformed(number, "duplicate code " + country.code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException(CSV + " has no countries");
        }
        return new Countries(version.strip(), byCode);
    }

    private static Country row(String line, int number) {
        List<String> fields = fields(line, number);
        if (fields.size() != 5) {
            throw malformed(number, "expected 5 fields, found " + fields.size());
        }
        try {
            return new Country(
                    fields.get(0), fields.get(1), fields.get(2), continent(fields.get(3)), bool(fields.get(4)));
        } catch (IllegalArgumentException e) {
            throw malformed(number, e.getMessage());
        }
    }

    private static Continent continent(String value) {
        try {
            return Continent.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown continent '" + value + "'");
        }
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("beltAndRoad must be true or false, was '" + value + "'");
        };
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    private static List<String> fields(String line, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw malformed(number, "unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }

    private static IllegalStateException malformed(int line, String problem) {
        return new IllegalStateException(CSV + " line " + line + ": " + problem);
    }
}
