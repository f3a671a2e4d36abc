package org.openintl.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.input.TextRules;

/**
 * Reads an import file: UTF-8 with or without a byte-order mark, RFC 4180 quoting (commas, quotes and line breaks
 * inside quoted cells), the header first. Blank lines and rows whose cells are all empty are skipped; every row
 * keeps the line of the file it starts on (the header is line 1), which is what the job's errors report.
 */
final class CsvTableReader implements TableReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private ImportRow next;

    /**
     * @throws InvalidInputException for an empty file or a bad header, before any row is read
     */
    CsvTableReader(InputStream in) {
        Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        try {
            this.parser =
                    CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        if (!fetch()) {
            throw new InvalidInputException("body", "the file is empty: expected a header row (line 1)");
        }
        this.header = records.next().toList();
    }

    @Override
    public List<String> header() {
        return header;
    }

    /**
     * @throws InvalidInputException when the rest of the file is not valid CSV (e.g. an unclosed quote)
     */
    @Override
    public boolean hasNext() {
        while (next == null && fetch()) {
            CSVRecord record = records.next();
            List<String> values = record.toList();
            if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
                long line = startLine(parser.getCurrentLineNumber(), values);
                requireClean(line, values);
                next = new ImportRow(line, values);
            }
        }
        return next != null;
    }

    /**
     * A cell that is not valid UTF-8 (the decoder leaves U+FFFD for it) or holds control characters refuses the whole
     * file with its line: importing replacement characters would store names nobody typed. Line breaks and tabs in a
     * quoted cell are what spreadsheets write and stay allowed.
     */
    static void requireClean(long line, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            if (v.indexOf('\uFFFD') >= 0) {
                throw new InvalidInputException(
                        "body", "line " + line + ", column " + (i + 1) + ": the text is not valid UTF-8");
            }
            String problem = TextRules.problem(v, TextRules.DEFAULT_MAX_LENGTH, true);
            if (problem != null) {
                throw new InvalidInputException(
                        "body", "line " + line + ", column " + (i + 1) + ": the cell " + problem);
            }
        }
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fetch() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException(
                    "body",
                    "line " + (parser.getCurrentLineNumber() + 1) + ": the file is not valid CSV: " + e.getMessage());
        }
    }

    /** commons-csv reports the line a record ends on; a quoted cell may span lines. */
    static long startLine(long endLine, List<String> values) {
        long breaks = 0;
        for (String v : values) {
            if (v != null) {
                breaks += v.chars().filter(c -> c == '\n').count();
            }
        }
        return endLine - breaks;
    }

    /** Spreadsheets often write UTF-8 with a byte-order mark; it is not part of the first column's name. */
    static Reader withoutByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
