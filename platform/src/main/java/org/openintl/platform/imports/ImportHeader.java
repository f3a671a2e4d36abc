package org.openintl.platform.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openintl.platform.domain.InvalidInputException;

/** The validated header row of an import file: the column each position holds, by its canonical name. */
public record ImportHeader(List<String> names) {

    public ImportHeader {
        names = List.copyOf(names);
    }

    /**
     * @throws InvalidInputException (400, field {@code header}) naming every unknown, duplicated and missing required
     *     column, before any row is looked at
     */
    public static ImportHeader parse(List<String> cells, List<ImportColumn> columns) {
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            Optional<ImportColumn> column = named(columns, cell);
            if (column.isEmpty()) {
                problems.add("unknown column '" + shorten(cell) + "' (position " + (i + 1) + ")");
            } else if (!seen.add(column.get().name())) {
                problems.add("column '" + column.get().name() + "' appears twice");
            } else {
                names.add(column.get().name());
            }
        }
        List<String> missing = columns.stream()
                .filter(c -> c.required() && !seen.contains(c.name()))
                .map(ImportColumn::name)
                .toList();
        if (!missing.isEmpty()) {
            problems.add("missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    "header",
                    "line 1 (header): " + String.join("; ", problems) + ". Known columns: "
                            + columns.stream().map(ImportColumn::name).collect(Collectors.joining(", ")));
        }
        return new ImportHeader(names);
    }

    /** The column a header cell names, ignoring case and surrounding spaces. */
    static Optional<ImportColumn> named(List<ImportColumn> columns, String cell) {
        String wanted = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        return columns.stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "..." : v;
    }
}
