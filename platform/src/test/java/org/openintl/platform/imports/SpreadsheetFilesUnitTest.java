package org.openintl.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openintl.platform.domain.InvalidInputException;

/** The readers and writers of import files, and how cells become values. */
class SpreadsheetFilesUnitTest {

    enum Colour {
        DARK_RED,
        BLUE
    }

    static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.text("name", true, "Name", "姓名"),
            ImportColumn.date("since", false, "Since", "起始日期"),
            ImportColumn.choice("colour", false, Colour.class, "Colour", "颜色"),
            ImportColumn.country("country", false, "Country", "国家"),
            ImportColumn.text("code", false, "Code", "代码").asPersonal());

    @TempDir
    File dir;

    @Test
    void aWorkbookIsReadAsTextDatesAndNumbersWithFormulasNeverEvaluated() throws IOException {
        File file = workbook(wb -> {
            XSSFSheet sheet = wb.createSheet("first");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d-mmm-yy"));
            row(sheet, 0, "name", "since", "colour", "country", "code");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("박서연 朴书妍");
            r.createCell(1).setCellValue(LocalDate.of(2025, 9, 1));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue("dark red");
            r.createCell(3).setCellValue("kr");
            r.createCell(4).setCellValue(12345678); // a number typed into a text column
            sheet.createRow(2).createCell(0).setCellValue(" "); // blank
            Row f = sheet.createRow(4);
            f.createCell(0).setCellFormula("SUM(1,2)");
            f.createCell(1).setCellValue("2025-09-01");
            wb.createSheet("second").createRow(0).createCell(0).setCellValue("never read");
        });
        try (TableReader reader = TableReader.xlsx(file)) {
            assertThat(reader.header()).containsExactly("name", "since", "colour", "country", "code");
            List<ImportRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 5L);
            assertThat(rows.get(0).values()).containsExactly("박서연 朴书妍", "2025-09-01", "dark red", "kr", "12345678");
            assertThat(rows.get(1).values()).containsExactly("=SUM(1,2)", "2025-09-01", null, null, null);

            ImportHeader header = ImportHeader.parse(reader.header(), COLUMNS);
            RowCells cells = new RowCells(COLUMNS, header, rows.get(0));
            assertThat(cells.date("since")).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(cells.choice("colour", Colour.class)).isEqualTo(Colour.DARK_RED);
            assertThat(cells.country("country")).isEqualTo("KR");
            cells.requireNoProblems();
        }
    }

    @Test
    void datesAreAcceptedAsOfficesWriteThemAndEveryBadCellIsNamed() {
        ImportHeader header = ImportHeader.parse(List.of("name", "since", "colour", "country", "code"), COLUMNS);
        for (String text : List.of("2025-09-01", "2025/9/1", "2025.09.01", "2025年9月1日", "45901")) {
            RowCells cells = new RowCells(COLUMNS, header, new ImportRow(2, List.of("x", text, "", "", "")));
            assertThat(cells.date("since")).as(text).isEqualTo(LocalDate.of(2025, 9, 1));
        }
        RowCells bad = new RowCells(COLUMNS, header, new ImportRow(3, List.of("x", "2025-13-01", "green", "XX", "")));
        bad.date("since");
        bad.choice("colour", Colour.class);
        bad.country("country");
        assertThatThrownBy(bad::requireNoProblems)
                .isInstanceOf(RowRefusedException.class)
                .hasMessageContaining("since '2025-13-01' is not a date")
                .hasMessageContaining("colour 'green' must be one of [DARK_RED, BLUE]")
                .hasMessageContaining("country 'XX' is not an ISO 3166-1 alpha-2 country code");
        RowCells personal = new RowCells(COLUMNS, header, new ImportRow(4, List.of("x", "", "", "", "A1")));
        personal.parse("code", v -> Integer.parseInt(v), "is not a number");
        assertThat(personal.problems()).containsExactly("code is not a number");
        assertThatThrownBy(() -> new RowCells(COLUMNS, header, new ImportRow(5, List.of("x", "y"))))
                .hasMessage("the row has 2 values, the header has 5 columns");
    }

    @Test
    void anUnknownOrMissingColumnIsRefusedBeforeAnyRow() {
        assertThatThrownBy(() -> ImportHeader.parse(List.of("Since", "colour", "colour", "shoe size"), COLUMNS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("header"))
                .hasMessageContaining("unknown column 'shoe size' (position 4)")
                .hasMessageContaining("column 'colour' appears twice")
                .hasMessageContaining("missing required column name");
    }

    @Test
    void anExportedWorkbookImportsToTheSameValuesAndHoldsNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer =
                TableWriter.of(ImportFormat.XLSX, out, List.of("name", "since", "colour", "country", "code"), "s")) {
            writer.row(List.of("=HYPERLINK(\"http://x\")", LocalDate.of(2025, 9, 1), Colour.BLUE, "KR", "+82 10"));
            writer.row(java.util.Arrays.asList("김민준", null, null, null, null));
        }
        File file = new File(dir, "export.xlsx");
        Files.write(file.toPath(), out.toByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(file)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("'=");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try (TableReader reader = TableReader.xlsx(file)) {
            ImportHeader header = ImportHeader.parse(reader.header(), COLUMNS);
            RowCells first = new RowCells(COLUMNS, header, reader.next());
            assertThat(first.text("name")).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.date("since")).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(first.choice("colour", Colour.class)).isEqualTo(Colour.BLUE);
            assertThat(first.text("code")).isEqualTo("+82 10");
            RowCells second = new RowCells(COLUMNS, header, reader.next());
            assertThat(second.text("name")).isEqualTo("김민준");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aCsvExportHasAByteOrderMarkAndEscapedFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.of(ImportFormat.CSV, out, List.of("name", "since"), null)) {
            writer.row(List.of("@SUM(1)", LocalDate.of(2025, 9, 1)));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFname,since\r\n'@SUM(1),2025-09-01\r\n");
        try (TableReader reader = TableReader.csv(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(reader.header()).containsExactly("name", "since");
            assertThat(reader.next().values()).containsExactly("'@SUM(1)", "2025-09-01");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        File file = new File(dir, "fake.xlsx");
        Files.writeString(file.toPath(), "name,since\n");
        assertThatThrownBy(() -> TableReader.xlsx(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void theTemplateHasTheHeaderTheNotesAndADropDownPerList() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(out, COLUMNS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("name");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("姓名");
            assertThat(wb.getSheetAt(0).getDataValidations().stream()
                            .map(v -> v.getValidationConstraint().getFormula1()))
                    .containsExactlyInAnyOrder("list_colour", "list_country");
            assertThat(wb.getName("list_country").getRefersToFormula()).matches("'lists'!\\$B\\$1:\\$B\\$2\\d\\d");
            assertThat(wb.isSheetHidden(2)).isTrue();
        }
    }

    private interface Filler {
        void fill(XSSFWorkbook wb);
    }

    private File workbook(Filler filler) throws IOException {
        File file = new File(dir, "in.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            filler.fill(wb);
            try (var out = Files.newOutputStream(file.toPath())) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
