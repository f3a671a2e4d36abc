package org.openintl.platform.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openintl.platform.domain.InvalidInputException;

/**
 * Reads the first sheet of an {@code .xlsx} workbook as a stream: the sheet's XML is pulled element by element (StAX),
 * so only the current row is in memory, whatever the number of rows (the shared-strings table, which Excel writes
 * for text cells, is read into memory once: it holds each distinct text once).
 *
 * <p>Cells become text as the import expects it: a date cell (a number with a date format) becomes {@code
 * YYYY-MM-DD}; a whole number has no {@code .0}; a boolean is {@code true}/{@code false}. A formula is never evaluated
 * and its cached result is not used: the cell reads as the formula's text ({@code =SUM(A1:A3)}), which no typed
 * column accepts and which an export escapes like any text starting with {@code =}. The line of a row is the sheet's
 * row number (the header is usually line 1).
 */
final class XlsxTableReader implements TableReader {

    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<String> header;
    private ImportRow next;
    private long lastLine;

    /**
     * @param file the uploaded workbook (a ZIP file needs random access, so the upload is first written to disk)
     * @throws InvalidInputException when the file is not a readable workbook or its first sheet has no header row
     */
    XlsxTableReader(File file) {
        try {
            this.workbook = OPCPackage.open(file, PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new InvalidInputException("body", "the file is not an Excel workbook (.xlsx): " + e.getMessage());
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            this.strings = new ReadOnlySharedStringsTable(workbook, false);
            this.styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("body", "the workbook has no sheet");
            }
            this.sheet = sheets.next();
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        } catch (InvalidInputException e) {
            closeQuietly();
            throw e;
        } catch (IOException
                | OpenXML4JException
                | XMLStreamException
                | org.xml.sax.SAXException
                | RuntimeException e) {
            closeQuietly();
            throw new InvalidInputException("body", "the workbook cannot be read: " + e.getMessage());
        }
        ImportRow first = read();
        if (first == null) {
            close();
            throw new InvalidInputException("body", "the first sheet is empty: expected a header row (line 1)");
        }
        this.header = withoutTrailingBlanks(first.values());
    }

    /** A sheet's rows are as wide as their last written cell: as wide as the header for the import. */
    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    private ImportRow fitted(ImportRow row) {
        List<String> values = withoutTrailingBlanks(row.values());
        while (values.size() < header.size()) {
            values.add(null);
        }
        return new ImportRow(row.line(), values);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return fitted(row);
    }

    /** The next row with at least one non-blank cell, or {@code null} at the end of the sheet. */
    private ImportRow read() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    long line = r == null ? lastLine + 1 : Long.parseLong(r);
                    lastLine = line;
                    List<String> values = row(line);
                    if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
                        CsvTableReader.requireClean(line, values);
                        return new ImportRow(line, values);
                    }
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw new InvalidInputException(
                    "body", "line " + (lastLine + 1) + ": the sheet cannot be read: " + e.getMessage());
        }
    }

    /** Reads the cells up to the row's end tag; a cell without a reference follows the previous one. */
    private List<String> row(long line) throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return values;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? values.size() : new CellReference(ref).getCol();
                if (column > 16_383) {
                    throw new InvalidInputException("body", "line " + line + ": a cell beyond the last column");
                }
                String value = cell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                while (values.size() < column) {
                    values.add(null);
                }
                values.add(value);
            }
        }
        throw new InvalidInputException("body", "line " + line + ": the sheet ends inside a row");
    }

    /** Reads one {@code <c>} element up to its end tag. */
    private String cell(String type, String style) throws XMLStreamException {
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = xml.getElementText();
                case "f" -> formula = xml.getElementText();
                case "is" -> inline = new StringBuilder();
                case "t" -> {
                    if (inline != null) {
                        inline.append(xml.getElementText());
                    }
                }
                default -> {}
            }
        }
        if (formula != null) {
            // never evaluated, its cached result never trusted: the formula itself is what the cell holds
            return "=" + formula;
        }
        if (type == null || type.equals("n")) {
            return value == null ? null : number(value, style);
        }
        return switch (type) {
            case "s" ->
                value == null
                        ? null
                        : strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inline == null ? value : inline.toString();
            case "b" -> value == null ? null : ("1".equals(value.strip()) ? "true" : "false");
            case "e" -> value == null ? "#ERROR" : value; // #N/A, #REF!: no typed column accepts them
            default -> value; // "str" (a formula's text result without its formula) and "d" (ISO date text)
        };
    }

    private String number(String raw, String style) {
        BigDecimal n = new BigDecimal(raw.strip());
        if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(n.doubleValue())) {
            // a date cell: its day, whatever its display format (a time of day is not part of a date field)
            return ExcelDates.fromSerial(n.longValue()).toString();
        }
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheet != null) {
                sheet.close();
            }
        } catch (XMLStreamException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        // opened read-only: reverting writes nothing back to the file
        workbook.revert();
    }
}
