package org.openintl.student.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The columns of the import and export files: the API's field names, nested ones flattened. */
enum Column {
    FAMILY_NAME("familyName", true),
    GIVEN_NAME("givenName", false),
    CHINESE_NAME("chineseName", false),
    NATIONALITY("nationality", true),
    GENDER("gender", false),
    DATE_OF_BIRTH("dateOfBirth", true),
    PASSPORT_NUMBER("passportNumber", true),
    CATEGORY("category", true),
    COLLEGE("college", true),
    PROGRAM("program", false),
    FUNDING_TYPE("fundingType", true),
    FUNDING_PROGRAM("fundingProgram", false),
    PARTNERSHIP_ID("partnershipId", false),
    COUNSELOR("counselor", false),
    EXPECTED_GRADUATION("expectedGraduation", false),
    CONTACT_EMAIL("contactEmail", false),
    CONTACT_PHONE("contactPhone", false),
    ACCOMMODATION_SINCE("accommodationSince", false),
    STATUS("status", false);

    private static final Map<String, Column> BY_NAME =
            Stream.of(values()).collect(Collectors.toMap(c -> c.header.toLowerCase(Locale.ROOT), Function.identity()));

    private final String header;
    private final boolean required;

    Column(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The column a header cell names, ignoring case and surrounding spaces. */
    static Optional<Column> named(String cell) {
        return cell == null
                ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(cell.strip().toLowerCase(Locale.ROOT)));
    }
}
