package org.openintl.student.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openintl.platform.imports.ImportFormat;
import org.openintl.student.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Students imported and exported as offices keep them, in Excel and in CSV: Chinese and Korean names, dates as Excel
 * date cells and as text, formulas never evaluated, enums in any case, blank rows, a wrong column, the same file twice
 * (matched, not created), a dry run that stores nothing, students brought in as they are with their real dates, and
 * the template.
 */
class SpreadsheetImportIntegrationTest extends IntegrationTest {

    static final List<String> COLUMNS = List.of(
            "familyName",
            "givenName",
            "chineseName",
            "nationality",
            "gender",
            "dateOfBirth",
            "passportNumber",
            "category",
            "college",
            "fundingType",
            "fundingProgram",
            "status",
            "admittedOn",
            "enrolledOn",
            "residencePermitNumber",
            "residencePermitIssueDate",
            "residencePermitExpiryDate");

    @Test
    void aWorkbookImportsWithItsDatesNamesAndEnumsAndTheSameFileTwiceAddsNothing() throws IOException {
        String college = unique("College-of-Workbooks");
        String park = passportNumber();
        String kim = passportNumber();
        String lee = passportNumber();
        LocalDate permitExpiry = today().plusDays(20);
        byte[] workbook = workbook(wb -> {
            Sheet sheet = wb.createSheet("students");
            header(sheet);
            CellStyle date = dateStyle(wb);
            // line 2: Korean and Chinese names, enums in the wrong case, dates as Excel date cells and as text
            Row r2 = sheet.createRow(1);
            text(r2, "박", "서연", "朴书妍", "kr", "female");
            dateCell(r2, 5, LocalDate.of(2003, 4, 5), date);
            text(r2, 6, park, "bachelor", college, "csc", "Chinese University Program", "enrolled", "2025/06/20");
            dateCell(r2, 13, LocalDate.of(2025, 9, 1), date);
            text(r2, 14, "E12345678");
            dateCell(r2, 15, LocalDate.of(2025, 9, 20), date);
            dateCell(r2, 16, permitExpiry, date);
            // line 3: blank (a row with empty cells only)
            Row r3 = sheet.createRow(2);
            r3.createCell(0).setCellValue("");
            // line 4: text dates, an empty status (ADMITTED)
            Row r4 = sheet.createRow(3);
            text(r4, "김", "민준", "金敏俊", "KR", "MALE", "2002-01-02", kim, "MASTER", college, "self funded");
            // line 5: a formula in the nationality: never evaluated, so the row is refused
            Row r5 = sheet.createRow(4);
            text(r5, "이", "지은", "李智恩");
            r5.createCell(3).setCellFormula("CONCATENATE(\"K\",\"R\")");
            text(r5, 4, "FEMALE", "2001-05-06", lee, "BACHELOR", college, "CSC", "Chinese University Program");
        });

        JsonNode first = awaitJob(upload(workbook, ImportFormat.XLSX_TYPE));
        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("format").asString()).isEqualTo("XLSX");
        assertThat(first.get("total").asLong()).as(first.toString()).isEqualTo(3);
        assertThat(first.get("created").asLong()).isEqualTo(2);
        assertThat(first.get("matched").asLong()).isZero();
        assertThat(first.get("refused").asLong()).isEqualTo(1);
        assertThat(first.get("errors").get(0).get("line").asLong()).isEqualTo(5);
        assertThat(first.get("errors").get(0).get("message").asString()).contains("nationality", "=CONCATENATE");

        JsonNode again = awaitJob(upload(workbook, ImportFormat.XLSX_TYPE));
        assertThat(again.get("created").asLong()).as(again.toString()).isZero();
        assertThat(again.get("matched").asLong()).isEqualTo(2);
        assertThat(again.get("refused").asLong()).isEqualTo(1);
        assertThat(count("college=" + college)).isEqualTo(2);

        JsonNode parkView = imported(college, "박");
        assertThat(parkView.get("givenName").asString()).isEqualTo("서연");
        assertThat(parkView.get("chineseName").asString()).isEqualTo("朴书妍");
        assertThat(parkView.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(parkView.get("dateOfBirth").asString()).isEqualTo("2003-04-05");
        assertThat(parkView.get("category").asString()).isEqualTo("BACHELOR");
        assertThat(parkView.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(parkView.get("history")
                        .valueStream()
                        .map(t -> t.get("to").asString() + "@" + t.get("date").asString()))
                .containsExactly("ADMITTED@2025-06-20", "ENROLLED@2025-09-01");
        assertThat(parkView.get("documents").get(0).get("expiryDate").asString())
                .isEqualTo(permitExpiry.toString());
        JsonNode kimView = imported(college, "김");
        assertThat(kimView.get("status").asString()).isEqualTo("ADMITTED");
        assertThat(kimView.get("dateOfBirth").asString()).isEqualTo("2002-01-02");
        assertThat(kimView.get("funding").get("type").asString()).isEqualTo("SELF_FUNDED");
    }

    @Test
    void aStudentImportedAsEnrolledSinceSeptemberWithAPermitDueIn20DaysRaisesItsAlert() {
        String college = unique("College-of-Migrations");
        LocalDate expiry = today().plusDays(20);
        String csv = String.join(",", COLUMNS) + "\n"
                + String.join(
                        ",",
                        "Tran",
                        "An",
                        "陈安",
                        "VN",
                        "MALE",
                        "2002-02-03",
                        passportNumber(),
                        "MASTER",
                        college,
                        "SELF_FUNDED",
                        "",
                        "ENROLLED",
                        "",
                        "2025-09-01",
                        "RP7654321",
                        "2025-09-15",
                        expiry.toString())
                + "\n";
        JsonNode job = awaitJob(upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(1);
        String id = imported(college, "Tran").get("id").asString();

        JsonNode alerts =
                http.get("/api/students/alerts?withinDays=30&size=200").json();
        assertThat(alerts.get("items")
                        .valueStream()
                        .filter(a -> a.get("studentId").asString().equals(id)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("rule").asString()).isEqualTo("RESIDENCE_PERMIT_EXPIRY");
                    assertThat(a.get("dueDate").asString()).isEqualTo(expiry.toString());
                    assertThat(a.get("daysLeft").asLong()).isEqualTo(20);
                });

        var events = awaitEvents(id, 2);
        assertThat(types(events)).containsExactly("intl.student.enrolled.v1", "intl.student.document-expiring.v1");
        // the enrolment happened long ago: a subscriber updates its view but does not take it for news
        assertThat(header(events.get(0), "ce_migrated")).isEqualTo("true");
        assertThat(payload(events.get(0)).get("transition").get("date").asString())
                .isEqualTo("2025-09-01");
        // the warning is news of today
        assertThat(header(events.get(1), "ce_migrated")).isNull();
        assertThat(payload(events.get(1)).toString()).contains("RESIDENCE_PERMIT");
    }

    @Test
    void theDatesOfAStudentAsTheyAreAreCheckedAndNamed() {
        String future = today().plusDays(1).toString();
        var inFuture = http.post(
                "/api/students", student("status", "ENROLLED", "admittedOn", "2025-06-01", "enrolledOn", future));
        assertThat(inFuture.status()).as(inFuture.toString()).isEqualTo(400);
        assertThat(inFuture.json().get("errors").get(0).get("field").asString()).isEqualTo("enrolledOn");

        var outOfOrder = http.post(
                "/api/students", student("status", "ENROLLED", "admittedOn", "2025-09-10", "enrolledOn", "2025-09-01"));
        assertThat(outOfOrder.status()).as(outOfOrder.toString()).isEqualTo(400);
        assertThat(outOfOrder.json().get("errors").get(0).get("field").asString())
                .isEqualTo("enrolledOn");
        assertThat(outOfOrder.json().get("detail").asString()).contains("before admittedOn");

        var missing = http.post("/api/students", student("status", "GRADUATED"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("graduatedOn");

        var offPath = http.post(
                "/api/students",
                student("status", "ENROLLED", "enrolledOn", "2025-09-01", "graduatedOn", "2026-07-01"));
        assertThat(offPath.status()).isEqualTo(400);
        assertThat(offPath.json().get("errors").get(0).get("field").asString()).isEqualTo("graduatedOn");

        var graduated = http.post(
                "/api/students",
                student(
                        "status",
                        "GRADUATED",
                        "admittedOn",
                        "2022-06-01",
                        "enrolledOn",
                        "2022-09-01",
                        "graduatedOn",
                        "2026-07-01"));
        assertThat(graduated.status()).as(graduated.toString()).isEqualTo(201);
        assertThat(graduated
                        .json()
                        .get("history")
                        .valueStream()
                        .map(t -> t.get("to").asString()))
                .containsExactly("ADMITTED", "ENROLLED", "GRADUATED");
    }

    @Test
    void aDryRunReportsEveryErrorAndStoresNothing() {
        String college = unique("College-of-Dry-Runs");
        String header = String.join(",", COLUMNS.subList(0, 12));
        String csv = header + "\n"
                + String.join(
                        ",",
                        "Sato",
                        "Yui",
                        "",
                        "JP",
                        "FEMALE",
                        "2003-01-02",
                        passportNumber(),
                        "bachelor",
                        college,
                        "SELF_FUNDED",
                        "",
                        "")
                + "\n"
                + String.join(
                        ",",
                        "Sato",
                        "Ren",
                        "",
                        "XX",
                        "MALE",
                        "2003-13-02",
                        passportNumber(),
                        "ASTRONAUT",
                        college,
                        "SELF_FUNDED",
                        "",
                        "")
                + "\n\n"
                + String.join(
                        ",", "Ito", "", "", "JP", "", "2003-01-02", passportNumber(), "MASTER", college, "CSC", "", "")
                + "\n";
        var dry = http.send(
                "POST", "/api/students/imports?dryRun=true", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        JsonNode report = dry.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("total").asLong()).isEqualTo(3);
        assertThat(report.get("created").asLong()).isEqualTo(1);
        assertThat(report.get("refused").asLong()).isEqualTo(2);
        assertThat(report.get("errors").valueStream().map(e -> e.get("line").asLong()))
                .containsExactly(3L, 5L);
        assertThat(report.get("errors").get(0).get("message").asString())
                .contains("nationality 'XX'", "dateOfBirth", "category 'ASTRONAUT'");
        assertThat(report.get("errors").get(1).get("message").asString()).contains("funding.program", "CSC");
        assertThat(count("college=" + college)).isZero();
        assertThat(http.get("/api/students/imports/" + report.get("id").asString())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWrongColumnRefusesTheWholeWorkbookBeforeAnything() throws IOException {
        String college = unique("College-of-Wrong-Columns");
        byte[] workbook = workbook(wb -> {
            Sheet sheet = wb.createSheet("students");
            Row h = sheet.createRow(0);
            List<String> columns = new ArrayList<>(COLUMNS.subList(0, 11));
            columns.set(5, "birthday");
            for (int i = 0; i < columns.size(); i++) {
                h.createCell(i).setCellValue(columns.get(i));
            }
            text(
                    sheet.createRow(1),
                    "Kim",
                    "",
                    "",
                    "KR",
                    "",
                    "2002-01-01",
                    passportNumber(),
                    "BACHELOR",
                    college,
                    "SELF_FUNDED");
        });
        var refused = http.send("POST", "/api/students/imports", workbook, ImportFormat.XLSX_TYPE);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        assertThat(refused.json().get("detail").asString())
                .contains("unknown column 'birthday'", "missing required column dateOfBirth");
        var notAWorkbook = http.send("POST", "/api/students/imports", "not a zip", ImportFormat.XLSX_TYPE);
        assertThat(notAWorkbook.status()).isEqualTo(400);
        assertThat(notAWorkbook.json().get("detail").asString()).contains("not an Excel workbook");
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void theExportAsAWorkbookHasTheImportColumnsRealDatesAndNoFormulas() throws IOException {
        String college = unique("College-of-Workbook-Exports");
        String formula = "=HYPERLINK(\"http://attacker.example/\",\"open\")";
        create(student("college", college, "familyName", formula, "chineseName", "金敏智"));
        var created = http.post(
                "/api/students",
                student(
                        "college",
                        college,
                        "familyName",
                        "Park",
                        "status",
                        "ENROLLED",
                        "admittedOn",
                        "2025-06-20",
                        "enrolledOn",
                        "2025-09-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var export = http.download("/api/students/export?format=xlsx&college=" + enc(college));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith(ImportFormat.XLSX_TYPE);
        assertThat(export.header("Content-Disposition")).contains("students.xlsx");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).startsWith("familyName", "givenName", "chineseName", "nationality");
            assertThat(header).contains("enrolledOn", "residencePermitExpiryDate", "visaCategory", "id");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formula cell").isNotEqualTo(CellType.FORMULA);
                }
            }
            Row parkRow = rowWith(sheet, "Park");
            Cell enrolledOn = parkRow.getCell(header.indexOf("enrolledOn"));
            assertThat(DateUtil.isCellDateFormatted(enrolledOn)).isTrue();
            assertThat(enrolledOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(rowWith(sheet, "'" + formula)
                            .getCell(header.indexOf("chineseName"))
                            .getStringCellValue())
                    .isEqualTo("金敏智");
        }
        // the export imports again: with other passports its students are new ones, with the same values
        var csv = http.get("/api/students/export?format=csv&college=" + enc(college));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        var dry = http.send(
                "POST", "/api/students/imports?dryRun=true", csv.body().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(dry.status()).as(dry.toString()).isEqualTo(400); // id, continent ... are read-only columns
        assertThat(dry.json().get("detail").asString()).contains("unknown column 'id'");
        assertThat(http.get("/api/students/export?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void theTemplateExplainsEveryColumnAndOffersTheListsAsDropDowns() throws IOException {
        var template = http.download("/api/students/imports/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).startsWith(ImportFormat.XLSX_TYPE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            XSSFSheet data = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header)
                    .containsExactlyElementsOf(
                            StudentColumns.ALL.stream().map(c -> c.name()).toList());
            Sheet notes = wb.getSheetAt(1);
            DataFormatter f = new DataFormatter();
            Row nationality = rowWith(notes, "nationality");
            assertThat(f.formatCellValue(nationality.getCell(1))).contains("yes");
            assertThat(f.formatCellValue(nationality.getCell(4))).contains("国籍");
            assertThat(f.formatCellValue(rowWith(notes, "enrolledOn").getCell(3)))
                    .contains("ENROLLED");
            List<String> lists = data.getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1())
                    .toList();
            assertThat(lists)
                    .contains(
                            "list_nationality",
                            "list_gender",
                            "list_category",
                            "list_fundingType",
                            "list_status",
                            "list_visaCategory");
            assertThat(wb.getName("list_nationality").getRefersToFormula()).startsWith("'lists'!$");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("lists"))).isTrue();
        }
    }

    private String upload(byte[] body, String contentType) {
        var accepted = http.send("POST", "/api/students/imports", body, contentType);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.header("Location");
    }

    private JsonNode awaitJob(String location) {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> http.get(location).json(),
                        j -> !j.get("status").asString().equals("RUNNING"));
    }

    private JsonNode imported(String college, String familyName) {
        JsonNode items =
                http.get("/api/students?size=10&college=" + enc(college)).json().get("items");
        String id = items.valueStream()
                .filter(s -> s.get("familyName").asString().equals(familyName))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        return get(id);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private interface Filler {
        void fill(XSSFWorkbook wb);
    }

    private static byte[] workbook(Filler filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Sheet sheet) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            h.createCell(i).setCellValue(COLUMNS.get(i));
        }
    }

    private static CellStyle dateStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("d/m/yy")); // a display format, not the ISO text
        return style;
    }

    private static void text(Row row, String... values) {
        text(row, 0, values);
    }

    private static void text(Row row, int from, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static Row rowWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }
}
