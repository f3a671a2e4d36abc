package org.openintl.platform.imports;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of an import file, read one at a time (never the whole file in memory): the header first, then the data
 * rows, blank ones skipped. Every failure to read the file is an {@link org.openintl.platform.domain.InvalidInputException}
 * (400) with the line it happened on.
 */
public interface TableReader extends Iterator<ImportRow>, AutoCloseable {

    /** A CSV file (UTF-8, with or without a byte-order mark), read as it arrives. */
    static TableReader csv(java.io.InputStream in) {
        return new CsvTableReader(in);
    }

    /** The first sheet of an {@code .xlsx} workbook on disk, read as a stream of rows. */
    static TableReader xlsx(java.io.File file) {
        return new XlsxTableReader(file);
    }

    /** The header row's cells as written. */
    List<String> header();

    @Override
    void close();
}
