package org.openintl.partnership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Partners brought in from the office's spreadsheets, in Excel and CSV, and taken out again: through HTTP, the job
 * document, the topic and the database.
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class PartnerImportIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

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

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Uploads a file and follows its job to the end. */
    JsonNode importFile(String register, String contentType, byte[] file) {
        var started = Files.send("POST", url("/api/" + register + "/imports"), contentType, file);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = JSON.readTree(started.body()).get("id").asString();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> http.get("/api/" + register + "/imports/" + id).json(),
                        job -> !"RUNNING".equals(job.get("status").asString()));
    }

    static List<List<Object>> partnerRows() {
        return List.of(
                List.of(
                        "nameZh",
                        "nameEn",
                        "nameKo",
                        "country",
                        "type",
                        "city",
                        "archived",
                        "contactName",
                        "contactEmail"),
                Arrays.asList(
                        "成均馆大学",
                        "Sungkyunkwan University",
                        "성균관대학교",
                        "kr",
                        "university",
                        new Files.Formula("HYPERLINK(\"http://evil.example\",\"Seoul\")"),
                        false,
                        "김민지",
                        "intl@snu.ac.kr"),
                Arrays.asList("汉阳大学", null, "한양대학교", "KR", "University", "Seoul", true, null, null),
                List.of(),
                Arrays.asList(null, "Nowhere University", null, "XX", "UNIVERSITY", "Nowhere", null, null, null),
                Arrays.asList("庆北大学", null, "경북대학교", "KR", "college", "Busan", null, null, null));
    }

    @Test
    void aWorkbookOfPartnersImportsAsItIsOnceAndRefusesWhatIsWrongWithItsLine() {
        byte[] file = Files.xlsx(partnerRows());

        JsonNode job = importFile("partners", Files.XLSX, file);

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("total").asLong()).isEqualTo(4);
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("matched").asLong()).isZero();
        assertThat(job.get("refused").asLong()).isEqualTo(2);
        assertThat(job.get("errors").toString())
                .contains("\"line\":5", "country", "\"line\":6", "type 'college'")
                .doesNotContain("\"line\":4");

        var seoul = http.get("/api/partners?q=성균관").json().get("items").get(0);
        assertThat(seoul.get("name").get("zh").asString()).isEqualTo("成均馆大学");
        assertThat(seoul.get("type").asString()).isEqualTo("UNIVERSITY");
        assertThat(seoul.get("country").asString()).isEqualTo("KR");
        // a formula is never evaluated: the cell is kept as the text it is
        assertThat(seoul.get("city").asString()).startsWith("=HYPERLINK(");
        var yonsei = http.get("/api/partners?q=한양&includeArchived=true")
                .json()
                .get("items")
                .get(0);
        assertThat(yonsei.get("archived").asBoolean()).isTrue();

        String id = seoul.get("id").asString();
        try (var probe = new TopicProbe(EmbeddedInfrastructure.kafkaBootstrap(), "intl.partnerships.v1")) {
            var mine = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> probe.poll().stream()
                                    .filter(r -> id.equals(r.key()))
                                    .toList(),
                            l -> !l.isEmpty());
            assertThat(new String(
                            mine.get(0).headers().lastHeader("ce_migrated").value(), StandardCharsets.UTF_8))
                    .isEqualTo("true");
            mine.forEach(EventSchemas::assertValid);
        }

        // the same file again adds nothing: its rows are matched by name and country
        long partners = db.getCollection("partners").countDocuments();
        JsonNode again = importFile("partners", Files.XLSX, file);
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("matched").asLong()).isEqualTo(2);
        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);

        // a CSV naming the same partner in another language, the country in lower case: matched too
        String csv = "nameEn,country,type\r\n성균관대학교,kr,UNIVERSITY\r\nKyoto Institute of Technology,JP,university\r\n";
        JsonNode fromCsv = importFile("partners", Files.CSV, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCsv.get("matched").asLong()).isEqualTo(1);
        assertThat(fromCsv.get("created").asLong()).isEqualTo(1);
    }

    @Test
    void rowsOfOneFileNamingTheSamePartnerCreateItOnceWhateverTheLanguageOrCase() {
        // the rows are stored together (one command per batch): a later row must still find an earlier one
        String csv = "nameZh,nameEn,country,type\r\n"
                + "全北大学,Jeonbuk National University,KR,UNIVERSITY\r\n"
                + ", JEONBUK national university ,kr,UNIVERSITY\r\n"
                + "全北大学,,JP,UNIVERSITY\r\n"
                + "全北大学,,KR,UNIVERSITY\r\n";

        JsonNode job = importFile("partners", Files.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(job.get("matched").asLong()).as(job.toString()).isEqualTo(2);
        var found = http.get("/api/partners?q=全北").json();
        assertThat(found.get("total").asLong()).isEqualTo(2);
        assertThat(found.get("items").findValuesAsString("country")).containsExactlyInAnyOrder("KR", "JP");
        assertThat(db.getCollection("partners").countDocuments(new org.bson.Document("state.name.zh", "全北大学")))
                .isEqualTo(2);
    }

    @Test
    void twoContentTypeHeadersAreRefusedAndStoreNothing() {
        long partners = db.getCollection("partners").countDocuments();
        String csv = "nameZh,country,type\r\n两个头大学,CN,UNIVERSITY\r\n";

        // the handler is chosen by the first (CSV); the two arrive joined ("text/csv,application/json"), not a 500
        var refused = http.send("POST", "/api/partners/imports", csv, "application/json", "Content-Type", Files.CSV);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.toString()).contains("Content-Type");
        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);
    }

    @Test
    void aDryRunReportsEveryRowAndStoresNothingAndABadHeaderIsRefusedWhole() {
        long partners = db.getCollection("partners").countDocuments();
        String csv = "nameZh,country,type\r\n清华大学测试,CN,UNIVERSITY\r\n,GB,UNIVERSITY\r\n";

        var dry = Files.send(
                "POST", url("/api/partners/imports?dryRun=true"), Files.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        JsonNode job = JSON.readTree(dry.body());
        assertThat(job.get("dryRun").asBoolean()).isTrue();
        assertThat(job.get("created").asLong()).isEqualTo(1);
        assertThat(job.get("refused").asLong()).isEqualTo(1);
        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);

        var wrongColumn = Files.send(
                "POST",
                url("/api/partners/imports"),
                Files.CSV,
                "nameZh,country,kind\r\n清华大学,CN,UNIVERSITY\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongColumn.status()).isEqualTo(400);
        assertThat(wrongColumn.contentType()).startsWith("application/problem+json");
        assertThat(wrongColumn.text()).contains("header", "kind", "type");
        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);
        assertThat(db.getCollection("partner_import_jobs")
                        .countDocuments(com.mongodb.client.model.Filters.eq("dryRun", true)))
                .isZero();
    }

    @Test
    void anExportInBothFormatsHasTheImportsColumnsNeutralisesFormulasAndImportsAgainAsMatched() {
        importFile("partners", Files.XLSX, Files.xlsx(partnerRows()));

        var csv = Files.send("GET", url("/api/partners/export?format=csv&country=KR"), null, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = csv.text();
        assertThat(text.lines().findFirst().orElseThrow().replace("\uFEFF", ""))
                .startsWith("nameZh,nameEn,nameKo,originalName,country,city,type,website,contactName")
                .endsWith("archived,id,continent,beltAndRoad");
        assertThat(text).contains("성균관대학교", "成均馆大学", "'=HYPERLINK(");

        var xlsx = Files.send("GET", url("/api/partners/export?format=xlsx&country=KR"), null, null);
        assertThat(xlsx.status()).isEqualTo(200);
        List<List<String>> sheet = Files.read(xlsx.body());
        assertThat(sheet.get(0)).startsWith("nameZh", "nameEn", "nameKo");
        assertThat(sheet).anySatisfy(row -> assertThat(row).contains("한양대학교").anyMatch("true"::equalsIgnoreCase));

        long partners = db.getCollection("partners").countDocuments();
        // the read-only columns are not the import's: drop them, as the docs say
        JsonNode again = importFile("partners", Files.XLSX, Files.xlsx(importColumns(sheet, 13)));
        assertThat(again.get("refused").asLong()).as(again.toString()).isZero();
        assertThat(again.get("created").asLong()).isZero();
        assertThat(db.getCollection("partners").countDocuments()).isEqualTo(partners);

        assertThat(Files.send("GET", url("/api/partners/export?format=pdf"), null, null)
                        .status())
                .isEqualTo(400);
    }

    /** The first {@code n} columns of every row, short rows padded with empty cells. */
    static List<List<Object>> importColumns(List<List<String>> sheet, int n) {
        return sheet.stream()
                .map(row -> {
                    List<Object> cells = new java.util.ArrayList<>(row.subList(0, Math.min(n, row.size())));
                    while (cells.size() < n) {
                        cells.add("");
                    }
                    return cells;
                })
                .toList();
    }
}
