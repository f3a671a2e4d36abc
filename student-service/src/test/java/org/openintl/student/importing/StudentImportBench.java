package org.openintl.student.importing;

import java.util.List;
import org.openintl.platform.imports.ImportHeader;
import org.openintl.platform.imports.ImportRow;
import org.openintl.platform.imports.RowCells;

/** The import's header check and row parsing, for the benchmarks (the classes themselves are package-private). */
public final class StudentImportBench {

    private StudentImportBench() {}

    public static ImportHeader header(List<String> cells) {
        return ImportHeader.parse(cells, StudentColumns.ALL);
    }

    public static Object parse(ImportHeader header, ImportRow row) {
        return StudentRows.parse(new RowCells(StudentColumns.ALL, header, row));
    }
}
