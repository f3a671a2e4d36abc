package org.openintl.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An {@code .xlsx} workbook written with SXSSF: only the last {@value #WINDOW} rows are in memory, the others are
 * flushed to a compressed temporary file, which is copied to the client at the end and then deleted. Dates are real
 * date cells ({@code yyyy-mm-dd}), numbers are numbers; text starting with a formula character is escaped as in CSV,
 * so that the file stays harmless when saved again as CSV.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private int rows;

    XlsxTableWriter(OutputStream out, List<String> header, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName == null ? "data" : sheetName);
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row first = sheet.createRow(rows++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = first.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof Enum<?> e) {
                cell.setCellValue(e.name());
            } else {
                cell.setCellValue(String.valueOf(SpreadsheetCells.neutralise(v.toString())));
            }
        }
    }

    /** A workbook is a ZIP file written at the end: nothing can be sent before {@link #close()}. */
    @Override
    public void flush() {}

    @Override
    public void close() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close(); // deletes the temporary file as well
            } catch (IOException e) {
                // the temporary file stays behind; nothing the client could do about it
            }
        }
    }
}
