package org.openintl.platform.imports;

import java.util.List;

/**
 * A data row of an import file as staged: its line (the header is line 1; in a workbook, the sheet's row number) and
 * its cells as text, in the header's order. Blank rows are never staged.
 */
public record ImportRow(long line, List<String> values) {

    public ImportRow {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
