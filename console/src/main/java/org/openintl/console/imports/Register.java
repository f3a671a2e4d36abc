package org.openintl.console.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A register the office brings in from spreadsheets and takes out again: its pages' path, the API's and the filters
 * its export passes on.
 */
enum Register {
    STUDENTS("students", List.of("name", "status", "nationality", "category", "college", "funding")),
    PARTNERS("partners", List.of("q", "country", "continent", "type", "beltAndRoad")),
    PARTNERSHIPS("partnerships", List.of("q", "status", "type", "country", "expiringWithinDays"));

    private final String path;
    private final List<String> filters;

    Register(String path, List<String> filters) {
        this.path = path;
        this.filters = filters;
    }

    /** {@code students}: the console's {@code /students/...} and the API's {@code /api/students/...}. */
    String path() {
        return path;
    }

    List<String> filters() {
        return filters;
    }

    String api() {
        return "/api/" + path;
    }

    static Optional<Register> at(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
    }
}
