package org.openintl.student.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openintl.platform.domain.InvalidInputException;

/** The validated header row: which column each position holds. */
record Header(List<Column> columns) {

    Header {
        columns = List.copyOf(columns);
    }

    /**
     * @throws InvalidInputException naming every unknown, duplicated and missing required column, before any row is
     *     looked at
     */
    static Header parse(List<String> cells) {
        List<Column> columns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            var column = Column.named(cell);
            if (column.isEmpty()) {
                problems.add("unknown column '" + cell + "' (position " + (i + 1) + ")");
            } else if (!seen.add(column.get())) {
                problems.add("column '" + column.get().header() + "' appears twice");
            } else {
                columns.add(column.get());
            }
        }
        List<String> missing = EnumSet.allOf(Column.class).stream()
                .filter(c -> c.required() && !seen.contains(c))
                .map(Column::header)
                .toList();
        if (!missing.isEmpty()) {
            problems.add("missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    "header",
                    "line 1 (header): " + String.join("; ", problems) + ". Known columns: "
                            + EnumSet.allOf(Column.class).stream()
                                    .map(Column::header)
                                    .collect(Collectors.joining(", ")));
        }
        return new Header(columns);
    }

    List<String> names() {
        return columns.stream().map(Column::header).toList();
    }

    static Header ofNames(List<String> names) {
        return new Header(names.stream().map(n -> Column.named(n).orElseThrow()).toList());
    }
}
