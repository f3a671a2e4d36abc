package org.openintl.partnership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.partnership.TestClock;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.MutableClock;
import org.openintl.platform.testing.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Partnerships brought in from the office's workbooks with their status, past dates, MOE record and evaluations, and
 * taken out again; the warnings follow the real dates.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class PartnershipImportIntegrationTest {

    static final List<Object> HEADER = List.of(
            "titleZh",
            "titleKo",
            "type",
            "partnerNames",
            "partnerIds",
            "startDate",
            "endDate",
            "status",
            "signedOn",
            "inForceFrom",
            "programApprovalNumber",
            "programLevel",
            "programAnnualQuota",
            "programEvaluations",
            "responsibleUnit");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MongoDatabase db;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
        clock.set(TestClock.START);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String partner(String country, String zh, String en, String ko) {
        var r = http.post(
                "/api/partners",
                Map.of("name", Map.of("zh", zh, "en", en, "ko", ko), "country", country, "type", "UNIVERSITY"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    JsonNode importFile(String contentType, byte[] file) {
        var started = Files.send("POST", url("/api/partnerships/imports"), contentType, file);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = PartnerImportIntegrationTest.JSON
                .readTree(started.body())
                .get("id")
                .asString();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> http.get("/api/partnerships/imports/" + id).json(),
                        job -> !"RUNNING".equals(job.get("status").asString()));
    }

    List<List<Object>> rows(String exchangePartnerId) {
        return List.of(
                HEADER,
                Arrays.asList(
                        "中英机械工程本科合作办学项目",
                        null,
                        "joint program",
                        "University of Sheffield (gb)",
                        null,
                        LocalDate.of(2019, 9, 1),
                        today().plusDays(20),
                        "active",
                        LocalDate.of(2019, 3, 15),
                        "2019/9/1",
                        "MOE44GB2A20191111N",
                        "bachelor",
                        120,
                        "2024 QUALIFIED 2029-06-30",
                        "School of Mechanical Engineering"),
                Arrays.asList(
                        null,
                        "충남대학교 학부 교환 프로그램",
                        "STUDENT_EXCHANGE",
                        null,
                        exchangePartnerId,
                        "2025-09-01",
                        "2030-08-31",
                        "Signed",
                        "2025年5月20日",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "International College"),
                List.of(),
                Arrays.asList(
                        "未来签署的协议",
                        null,
                        "MOU",
                        "University of Sheffield (GB)",
                        null,
                        null,
                        null,
                        "SIGNED",
                        today().plusDays(10),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Arrays.asList(
                        "未知合作方的协议",
                        null,
                        "MOU",
                        "Université Inconnue (FR)",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Arrays.asList(
                        "公式日期的协议",
                        null,
                        "MOU",
                        "University of Sheffield (GB)",
                        null,
                        new Files.Formula("TODAY()"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void aWorkbookOfAgreementsImportsThemAsTheyAreWithTheirWarningsOnceAndExportsThemToImportAgain() throws Exception {
        partner("GB", "谢菲尔德大学", "University of Sheffield", "셰필드 대학교");
        String chungnam = partner("KR", "忠南大学", "Chungnam National University", "충남대학교");
        byte[] file = Files.xlsx(rows(chungnam));

        JsonNode job = importFile(Files.XLSX, file);

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("total").asLong()).isEqualTo(5);
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("refused").asLong()).isEqualTo(3);
        assertThat(job.get("errors").toString())
                .contains("\"line\":5", "signedOn", "future")
                .contains("\"line\":6", "partnerNames", "Université Inconnue")
                .contains("\"line\":7", "startDate '=TODAY()' is not a date");

        // the program in force since 2019 whose end is 20 days away: its history, its MOE record and its warning
        JsonNode program =
                http.get("/api/partnerships?q=机械工程").json().get("items").get(0);
        String id = program.get("id").asString();
        assertThat(program.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(program.get("details").get("type").asString()).isEqualTo("JOINT_PROGRAM");
        assertThat(program.get("history").get(0).get("date").asString()).isEqualTo("2019-03-15");
        assertThat(program.get("history").get(1).get("date").asString()).isEqualTo("2019-09-01");
        assertThat(program.get("details").get("program").get("level").asString())
                .isEqualTo("BACHELOR");
        assertThat(program.get("details")
                        .get("program")
                        .get("evaluations")
                        .get(0)
                        .get("nextDueDate")
                        .asString())
                .isEqualTo("2029-06-30");
        assertThat(program.get("warningsSent").toString()).contains("END_DATE:" + today().plusDays(20) + ":30");
        JsonNode exchange = http.get("/api/partnerships?partnerId=" + chungnam)
                .json()
                .get("items")
                .get(0);
        assertThat(exchange.get("status").asString()).isEqualTo("SIGNED");
        assertThat(exchange.get("history").get(0).get("date").asString()).isEqualTo("2025-05-20");

        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), "intl.partnerships.v1")) {
            var mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> l.size() >= 4);
            assertThat(mine)
                    .extracting(r -> header(r, "ce_type") + " " + header(r, "ce_migrated"))
                    .containsExactly(
                            "intl.partnership.created.v1 true",
                            "intl.partnership.signed.v1 true",
                            "intl.partnership.activated.v1 true",
                            "intl.partnership.expiring.v1 null");
            mine.forEach(EventSchemas::assertValid);
        }

        // the same file twice adds nothing; a CSV of the same agreements (approval number in another case, the
        // exchange by title, partners and start date) is matched too
        long stored = db.getCollection("partnerships").countDocuments();
        JsonNode again = importFile(Files.XLSX, file);
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("matched").asLong()).isEqualTo(2);
        String csv = "titleZh,titleKo,type,partnerIds,startDate,programApprovalNumber,programLevel\r\n"
                + "另一个名称,,JOINT_PROGRAM,\"" + chungnam + "\",2020-09-01, moe44gb2a20191111n ,BACHELOR\r\n"
                + ",충남대학교 학부 교환 프로그램,student_exchange," + chungnam + ",2025-09-01,,\r\n";
        JsonNode fromCsv = importFile(Files.CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCsv.get("matched").asLong()).as(fromCsv.toString()).isEqualTo(2);
        assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(stored);

        // the export: the import's columns with the dates of the moves, the MOE fields and the evaluations
        var exported = Files.send("GET", url("/api/partnerships/export?format=csv&q=机械工程"), null, null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.text())
                .contains("MOE44GB2A20191111N", "2024 QUALIFIED 2029-06-30", "2019-03-15", "2019-09-01")
                .contains("University of Sheffield (GB)");
        var workbook = Files.send("GET", url("/api/partnerships/export?format=xlsx&partnerId=" + chungnam), null, null);
        assertThat(workbook.status()).isEqualTo(200);
        List<List<String>> sheet = Files.read(workbook.body());
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains("충남대학교 학부 교환 프로그램", "SIGNED", "2025-05-20");
        JsonNode reimported = importFile(
                Files.XLSX,
                Files.xlsx(PartnerImportIntegrationTest.importColumns(sheet, PartnershipColumns.ALL.size())));
        assertThat(reimported.get("refused").asLong()).as(reimported.toString()).isZero();
        assertThat(reimported.get("matched").asLong()).isEqualTo(1);
        assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(stored);
    }

    @Test
    void rowsOfOneFileNamingTheSamePartnershipCreateItOnce() {
        // the rows are stored together (one command per batch): a later row must still find an earlier one
        String pusan = partner("KR", "釜山国立大学", "Pusan National University", "부산대학교");
        String csv =
                "titleZh,titleEn,type,partnerIds,startDate,programApprovalNumber,programLevel,programAnnualQuota\r\n"
                        + "中韩合作办学项目,,JOINT_PROGRAM," + pusan + ",2020-09-01,MOE11KR1A20201234N,BACHELOR,60\r\n"
                        + "另一个名称,,JOINT_PROGRAM," + pusan + ",2021-09-01, moe11kr1a20201234n ,BACHELOR,60\r\n"
                        + "交换项目,Student exchange,STUDENT_EXCHANGE," + pusan + ",2024-09-01,,,\r\n"
                        + "交换项目,,student_exchange," + pusan + ",2024-09-01,,,\r\n"
                        + ",Student exchange,STUDENT_EXCHANGE," + pusan + ",2025-09-01,,,\r\n";

        JsonNode job = importFile(Files.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(3);
        assertThat(job.get("matched").asLong()).as(job.toString()).isEqualTo(2);
        JsonNode stored =
                http.get("/api/partnerships?size=50&partnerId=" + pusan).json();
        assertThat(stored.get("total").asLong()).isEqualTo(3);
        assertThat(stored.get("items").findValuesAsString("startDate"))
                .containsExactlyInAnyOrder("2020-09-01", "2024-09-01", "2025-09-01");
    }

    @Test
    void aDryRunStoresNothingAndTheTemplateHasDropDownsAndNotesInTwoLanguages() throws Exception {
        partner("AU", "莫纳什大学", "Monash University", "모내시 대학교");
        long stored = db.getCollection("partnerships").countDocuments();
        String csv = "titleEn,type,partnerNames,status,signedOn,inForceFrom,endDate\r\n"
                + "Research platform,research_platform,Monash University (AU),ACTIVE,2022-01-10,2022-01-05,2030-01-01\r\n"
                + "Talent program,TALENT_PROGRAM,Monash University (AU),,,,\r\n";

        var dry = Files.send(
                "POST", url("/api/partnerships/imports?dryRun=true"), Files.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        JsonNode job = PartnerImportIntegrationTest.JSON.readTree(dry.body());
        assertThat(job.get("created").asLong()).isEqualTo(1);
        assertThat(job.get("refused").asLong()).isEqualTo(1);
        assertThat(job.get("errors").toString()).contains("\"line\":2", "inForceFrom");
        assertThat(db.getCollection("partnerships").countDocuments()).isEqualTo(stored);

        var template = Files.send("GET", url("/api/partnerships/imports/template.xlsx"), null, null);
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            var data = wb.getSheetAt(0);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("titleZh");
            assertThat(data.getRow(0).getLastCellNum()).isEqualTo((short) PartnershipColumns.ALL.size());
            // type, autoRenewal, status, programLevel, schoolAbroadHostCountry, schoolAbroadCorridor
            assertThat(data.getDataValidations()).hasSize(6);
            StringBuilder notes = new StringBuilder();
            wb.getSheetAt(1)
                    .forEach(row ->
                            row.forEach(cell -> notes.append(cell.toString()).append('|')));
            assertThat(notes).contains("教育部批准书编号", "MOE approval number", "signedOn");
        }
        var partners = Files.send("GET", url("/api/partners/imports/template.xlsx"), null, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(partners.body()))) {
            // country, type and archived
            assertThat(wb.getSheetAt(0).getDataValidations()).hasSize(3);
        }
    }

    static String header(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
