package org.openintl.student.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.imports.ImportHeader;
import org.openintl.platform.imports.ImportRow;
import org.openintl.platform.imports.RowCells;
import org.openintl.platform.imports.RowRefusedException;
import org.openintl.platform.imports.TableReader;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.StudentForm;
import org.openintl.student.student.StudentStatus;

/** Reading import files: encodings, quoting, blank lines, line numbers, header rules and row parsing. */
class CsvImportUnitTest {

    static final String HEADER = "familyName,givenName,chineseName,nationality,dateOfBirth,passportNumber,category,"
            + "college,fundingType,fundingProgram";

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        var rows = read("\uFEFF" + HEADER + "\nKim,Minji,,KR,2002-01-02,M1234567,BACHELOR,Economics,SELF_FUNDED,\n");
        assertThat(header(rows).names().get(0)).isEqualTo(StudentColumns.FAMILY_NAME);
        assertThat(all(rows))
                .singleElement()
                .satisfies(r -> assertThat(r.values().get(0)).isEqualTo("Kim"));
    }

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLineBreaks() {
        var rows = all(read(HEADER + "\r\n"
                + "\"Garcia, Jr.\",\"Ana \"\"Nena\"\"\",,MX,2001-01-01,G1234567,MASTER,\"Law\r\nand Policy\",CSC,"
                + "\"Silk Road, Track B\"\r\n"
                + "Kim,Minji,,KR,2002-01-02,M1234567,BACHELOR,Economics,SELF_FUNDED,\r\n"));
        assertThat(rows.get(0).values())
                .containsExactly(
                        "Garcia, Jr.",
                        "Ana \"Nena\"",
                        "",
                        "MX",
                        "2001-01-01",
                        "G1234567",
                        "MASTER",
                        "Law\r\nand Policy",
                        "CSC",
                        "Silk Road, Track B");
        assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 4L);
    }

    @Test
    void chineseAndKoreanNamesSurviveUtf8() {
        byte[] utf8 = (HEADER + "\n박,서연,朴书妍,KR,2002-03-04,M11223344,BACHELOR,经济学院,CSC,中国政府奖学金\n")
                .getBytes(StandardCharsets.UTF_8);
        var rows = TableReader.csv(new ByteArrayInputStream(utf8));
        StudentForm form = parse(header(rows), rows.next().values());
        assertThat(form.familyName()).isEqualTo("박");
        assertThat(form.givenName()).isEqualTo("서연");
        assertThat(form.chineseName()).isEqualTo("朴书妍");
        assertThat(form.college()).isEqualTo("经济学院");
        assertThat(form.funding().program()).isEqualTo("中国政府奖学金");
    }

    @Test
    void blankLinesAndEmptyRowsAreSkippedButCountForLineNumbers() {
        var rows = all(read(HEADER + "\n\n\nKim,,,KR,2002-01-02,M1234567,BACHELOR,Economics,SELF_FUNDED,\n"
                + ",,,,,,,,,\n   \n"
                + "Lee,,,KR,2002-01-02,M7654321,BACHELOR,Economics,SELF_FUNDED,"));
        assertThat(rows).extracting(ImportRow::line).containsExactly(4L, 7L);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefusedWithBothCounts() {
        var rows =
                read(HEADER + "\nKim,Minji,KR\nKim,,,KR,2002-01-02,M1234567,BACHELOR,Economics,SELF_FUNDED,,extra\n");
        ImportHeader header = header(rows);
        assertThatThrownBy(() -> parse(header, rows.next().values()))
                .isInstanceOf(RowRefusedException.class)
                .hasMessage("the row has 3 values, the header has 10 columns");
        assertThatThrownBy(() -> parse(header, rows.next().values()))
                .hasMessage("the row has 11 values, the header has 10 columns");
    }

    @Test
    void threeBadRowsAmongAThousandAreReportedByLineAndTheOthersParse() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 1000; i++) {
            String birth = i == 17 ? "17/03/2002" : "2002-03-17";
            String category = i == 600 ? "UNDERGRAD" : "BACHELOR";
            String cells =
                    "Name" + i + ",,,KR," + birth + ",M" + (1_000_000 + i) + "," + category + ",Economics,CSC,CUP";
            csv.append(i == 999 ? "Name999,KR" : cells).append('\n');
        }
        Map<Long, String> errors = new TreeMap<>();
        List<StudentForm> forms = new ArrayList<>();
        var rows = read(csv.toString());
        while (rows.hasNext()) {
            var row = rows.next();
            try {
                forms.add(parse(header(rows), row.values()));
            } catch (RowRefusedException e) {
                errors.put(row.line(), e.getMessage());
            }
        }
        assertThat(forms).hasSize(997);
        assertThat(errors).containsOnlyKeys(18L, 601L, 1000L);
        assertThat(errors.get(18L)).startsWith("dateOfBirth is not a date").doesNotContain("17/03/2002");
        assertThat(errors.get(601L)).contains("category 'UNDERGRAD' must be one of");
        assertThat(errors.get(1000L)).contains("2 values");
    }

    @Test
    void cellsBecomeTheApiFieldsIgnoringCase() {
        var rows = read("STATUS,familyname,Nationality,dateOfBirth,passportNumber,category,college,fundingType,"
                + "fundingProgram,contactEmail,contactPhone,partnershipId,expectedGraduation,accommodationSince,gender\n"
                + "applied, Kim ,kr,2002-01-02,M1234567,master,Economics,csc,CUP,kim@example.org,+82 10 1234,"
                + "7f0c2f7e-8c1e-4a53-9a0e-3d1f4a0b9c11,2028-07-01,2026-09-01,female\n");
        StudentForm form = parse(header(rows), rows.next().values());
        assertThat(form.status()).isEqualTo(StudentStatus.APPLIED);
        assertThat(form.familyName()).isEqualTo("Kim");
        assertThat(form.nationality()).isEqualTo("KR"); // country codes in any case
        assertThat(form.category()).isEqualTo(Category.MASTER);
        assertThat(form.funding().type()).isEqualTo(FundingType.CSC);
        assertThat(form.contact().email()).isEqualTo("kim@example.org");
        assertThat(form.expectedGraduation()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(form.partnershipId()).hasToString("7f0c2f7e-8c1e-4a53-9a0e-3d1f4a0b9c11");
    }

    @Test
    void theHeaderIsCheckedBeforeAnyRow() {
        assertThatThrownBy(() -> read("familyName,nationality,birthday,colour\nnot,even,looked,at\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("header");
                    assertThat(e.getMessage())
                            .contains(
                                    "unknown column 'birthday' (position 3)",
                                    "unknown column 'colour' (position 4)",
                                    "missing required columns dateOfBirth, passportNumber, category, college, fundingType");
                });
        assertThatThrownBy(() -> read(HEADER + ",FAMILYNAME\n"))
                .hasMessageContaining("column 'familyName' appears twice");
        assertThatThrownBy(() -> read("")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("the file is empty");
    }

    @Test
    void anUnclosedQuoteMakesTheFileInvalid() {
        var rows = read(HEADER + "\n\"Kim,,,KR,2002-01-02,M1234567,BACHELOR,Economics,SELF_FUNDED,\n");
        assertThatThrownBy(rows::hasNext)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid CSV");
    }

    private static TableReader read(String csv) {
        TableReader reader = TableReader.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        header(reader);
        return reader;
    }

    static ImportHeader header(TableReader rows) {
        return ImportHeader.parse(rows.header(), StudentColumns.ALL);
    }

    static StudentForm parse(ImportHeader header, List<String> values) {
        return StudentRows.parse(new RowCells(StudentColumns.ALL, header, new ImportRow(0, values)))
                .form();
    }

    private static List<ImportRow> all(TableReader rows) {
        List<ImportRow> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return all;
    }
}
