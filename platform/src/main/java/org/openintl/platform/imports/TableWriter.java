package org.openintl.platform.imports;

import java.io.OutputStream;
import java.util.List;

/**
 * Writes an export row by row (never the whole table in memory), in the import's columns so that an export imports
 * again. Text that a spreadsheet would take for a formula is escaped ({@link SpreadsheetCells#neutralise}).
 */
public interface TableWriter extends AutoCloseable {

    /**
     * A writer of {@code format} whose first row is {@code header}.
     *
     * @param sheet the name of the workbook's sheet (ignored for CSV)
     */
    static TableWriter of(ImportFormat format, OutputStream out, List<String> header, String sheet) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, header);
            case XLSX -> new XlsxTableWriter(out, header, sheet);
        };
    }

    /** One row: text, numbers, booleans, dates ({@code LocalDate}), enums (by name), anything else by toString. */
    void row(List<?> values);

    /** Sends what is written so far (the header at least) to the client. */
    void flush();

    /** Ends the file; the stream itself is left open for the caller. */
    @Override
    void close();
}
