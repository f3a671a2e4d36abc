package org.openintl.platform.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV, UTF-8 with a byte-order mark so that spreadsheet programs recognise it (Chinese and Korean names). */
final class CsvTableWriter implements TableWriter {

    private final BufferedWriter writer;
    private final CSVPrinter csv;

    CsvTableWriter(OutputStream out, List<String> header) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write('\uFEFF');
            this.csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(header.toArray(String[]::new))
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(v instanceof Enum<?> e ? e.name() : SpreadsheetCells.neutralise(v));
        }
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
    }
}
