package org.openintl.platform.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code .xlsx} template of a register's import: the first sheet has the header row (the columns the import
 * reads, required ones first as in the register) and drop-down lists (data validation) for every choice column and
 * every country column; the second explains each column in English and Chinese; a hidden third sheet holds the lists
 * the drop-downs offer (a list written into the validation itself is limited to 255 characters, too short for the
 * country codes).
 */
public final class ImportTemplate {

    /** Rows of the first sheet that get the drop-downs. */
    static final int ROWS_WITH_LISTS = 100_000;

    static final String DATA = "data";
    static final String COLUMNS = "columns 说明";
    static final String LISTS = "lists";

    private ImportTemplate() {}

    public static void write(OutputStream out, List<ImportColumn> columns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = boldStyle(workbook);
            XSSFSheet data = workbook.createSheet(DATA);
            XSSFSheet notes = workbook.createSheet(COLUMNS);
            XSSFSheet lists = workbook.createSheet(LISTS);
            Row header = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).name());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, Math.max(12, columns.get(i).name().length() + 4) * 256);
            }
            data.createFreezePane(0, 1);
            writeNotes(notes, columns, bold);
            writeLists(workbook, data, lists, columns);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNotes(XSSFSheet notes, List<ImportColumn> columns, CellStyle bold) {
        Row head = notes.createRow(0);
        String[] titles = {"column 列名", "required 必填", "kind 类型", "English", "中文说明", "values 可选值"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(bold);
        }
        for (int r = 0; r < columns.size(); r++) {
            ImportColumn c = columns.get(r);
            Row row = notes.createRow(r + 1);
            row.createCell(0).setCellValue(c.name());
            row.createCell(1).setCellValue(c.required() ? "yes 是" : "no 否");
            row.createCell(2).setCellValue(kind(c.kind()));
            row.createCell(3).setCellValue(c.en() == null ? "" : c.en());
            row.createCell(4).setCellValue(c.zh() == null ? "" : c.zh());
            row.createCell(5)
                    .setCellValue(
                            c.kind() == ImportColumn.Kind.COUNTRY
                                    ? "ISO 3166-1 alpha-2 (CN, KR, ...)"
                                    : String.join(", ", c.choices()));
        }
        notes.setColumnWidth(0, 24 * 256);
        notes.setColumnWidth(3, 60 * 256);
        notes.setColumnWidth(4, 40 * 256);
        notes.setColumnWidth(5, 60 * 256);
    }

    private static String kind(ImportColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> "text 文本";
            case DATE -> "date 日期 (YYYY-MM-DD)";
            case CHOICE -> "list 下拉选择";
            case COUNTRY -> "country code 国家代码";
            case NUMBER -> "number 数字";
            case BOOLEAN -> "true/false 是/否";
        };
    }

    /** One column of the hidden sheet per list, a named range for it, and the drop-down on the data sheet. */
    private static void writeLists(XSSFWorkbook workbook, XSSFSheet data, XSSFSheet lists, List<ImportColumn> columns) {
        DataValidationHelper helper = data.getDataValidationHelper();
        int listColumn = 0;
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn c = columns.get(i);
            if (c.choices().isEmpty()) {
                continue;
            }
            for (int r = 0; r < c.choices().size(); r++) {
                Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
                row.createCell(listColumn).setCellValue(c.choices().get(r));
            }
            String letter = CellReference.convertNumToColString(listColumn);
            Name name = workbook.createName();
            name.setNameName("list_" + c.name());
            name.setRefersToFormula("'" + LISTS + "'!$" + letter + "$1:$" + letter + "$"
                    + c.choices().size());
            DataValidationConstraint constraint = helper.createFormulaListConstraint("list_" + c.name());
            int last = Math.min(ROWS_WITH_LISTS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, i, i));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(c.name(), "Choose a value from the list. 请从下拉列表中选择。");
            validation.setEmptyCellAllowed(true);
            data.addValidationData(validation);
            listColumn++;
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}
