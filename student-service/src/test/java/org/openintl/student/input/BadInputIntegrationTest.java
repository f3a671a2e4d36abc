package org.openintl.student.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.openintl.student.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 in student-service: every bad input is a 4xx ProblemDetail and changes nothing; exports never lie. */
class BadInputIntegrationTest extends IntegrationTest {

    static final String HEADER = "familyName,givenName,chineseName,nationality,gender,dateOfBirth,passportNumber,"
            + "category,college,program,fundingType,fundingProgram,counselor";

    @Autowired
    MongoDatabase db;

    @Autowired
    MeterRegistry meters;

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
    }

    private static String field(Http.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyOnEveryList() {
        for (String list : new String[] {"/api/students", "/api/students/alerts"}) {
            var r = http.get(list + "?page=2147483647&size=200");
            assertThat(r.status()).as(list + " " + r).isEqualTo(200);
            assertThat(r.json().get("items").size()).isZero();
        }
    }

    @Test
    void aNulInAFilterIsA400NamingItOnListStatsAndExport() {
        for (String path : new String[] {
            "/api/students?name=%00",
            "/api/students?name=a%00b",
            "/api/students/stats?name=%00",
            "/api/students/export?name=%00",
            "/api/students?college=%01",
            "/api/students/alerts?counselor=%00"
        }) {
            var r = http.get(path);
            assertProblem(r, 400);
            assertThat(field(r)).as(path).isIn("name", "college", "counselor");
        }
    }

    @Test
    void anUnknownCountryIsA400LikeAnUnknownStatus() {
        var country = http.get("/api/students?nationality=ZZ");
        assertProblem(country, 400);
        assertThat(field(country)).isEqualTo("nationality");
        var status = http.get("/api/students?status=NOPE");
        assertProblem(status, 400);
        assertThat(status.body())
                .contains("ENROLLED")
                .doesNotContain("org.openintl")
                .doesNotContain("java.");
        assertProblem(http.get("/api/students/stats?nationality=ZZ"), 400);
    }

    @Test
    void wrongTypesUnknownFieldsAndUncleanTextAreRefusedAndNothingIsStored() {
        String college = unique("College-of-Refusals");
        Object[][] cases = {
            {"unit", "lost", "unit"},
            {"familyName", 5, "familyName"},
            {"familyName", "Kim\u0000", "familyName"},
            {"familyName", "x".repeat(100_000), "familyName"},
            {"dateOfBirth", "+99999-01-01", "dateOfBirth"},
            {"dateOfBirth", "2003-02-30", "dateOfBirth"},
            {"funding", "CSC", "funding"},
            {"category", 1, "category"},
            {"gender", "ROBOT", "gender"},
            {"$where", "1", "$where"},
        };
        for (Object[] c : cases) {
            var r = http.post("/api/students", student("college", college, (String) c[0], c[1]));
            assertProblem(r, 400);
            assertThat(field(r)).as(c[0] + "=" + c[1]).isEqualTo(c[2]);
            assertThat(r.body()).doesNotContain("org.openintl").doesNotContain("java.");
        }
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void aMergePatchIsReadAsStrictlyAsABody() {
        String id = create(student());
        var unknown = http.send(
                "PATCH",
                "/api/students/" + id,
                "{\"unit\":\"x\"}",
                "application/merge-patch+json",
                "If-Match",
                "\"1\"");
        assertProblem(unknown, 400);
        assertThat(field(unknown)).isEqualTo("unit");
        var wrongType = http.send(
                "PATCH", "/api/students/" + id, "{\"program\":5}", "application/merge-patch+json", "If-Match", "\"1\"");
        assertProblem(wrongType, 400);
        assertThat(field(wrongType)).isEqualTo("program");
        assertThat(get(id).get("program").asString()).isEqualTo("International Trade");
    }

    @Test
    void aTransitionNoteOfTheWrongTypeIsRefused() {
        String id = create(student());
        var r = http.post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED", "note", 5));
        assertProblem(r, 400);
        assertThat(field(r)).isEqualTo("note");
        assertThat(get(id).get("status").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void anExportThatFailsAfterItStartedAbortsTheConnectionAndIsCounted() throws Exception {
        String college = unique("College-of-Broken-Exports");
        String id = create(student("college", college));
        // a student whose personal data can no longer be opened: the export fails after its header was sent
        db.getCollection("students")
                .updateOne(
                        Filters.eq("_id", UUID.fromString(id)),
                        Updates.set("state.personal.data", "bm90IGEgc2VhbGVkIHZhbHVlIGF0IGFsbA=="));
        double before = meters.counter("intl.students.export.failures").count();

        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/students/export?college=" + college))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + TestTokens.admin())
                    .build();
            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
            assertThat(meters.counter("intl.students.export.failures").count()).isEqualTo(before + 1);
        } finally {
            // the other tests share the database and export every student
            db.getCollection("students").deleteOne(Filters.eq("_id", UUID.fromString(id)));
        }
    }

    @Test
    void anImportCellThatIsNotUtf8RefusesTheFileWithItsLine() {
        String college = unique("College-of-Encodings");
        byte[] good = (HEADER + "\n" + row("Lee", college) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = row("Le\u00e9", college).getBytes(StandardCharsets.ISO_8859_1);
        byte[] csv = new byte[good.length + bad.length + 1];
        System.arraycopy(good, 0, csv, 0, good.length);
        System.arraycopy(bad, 0, csv, good.length, bad.length);
        csv[csv.length - 1] = '\n';
        var r = rawCsv(csv, null);
        assertProblem(r, 400);
        assertThat(r.body()).contains("line 3").contains("UTF-8");
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void replayingAnImportKeyWithAnotherFileIsA422() {
        String college = unique("College-of-Replays");
        String key = UUID.randomUUID().toString();
        byte[] first = (HEADER + "\n" + row("Lee", college) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = (HEADER + "\n" + row("Park", college) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(rawCsv(first, key).status()).isEqualTo(202);
        assertThat(rawCsv(first, key).status()).isEqualTo(202);
        var replay = rawCsv(second, key);
        assertProblem(replay, 422);
        assertThat(replay.body()).contains("urn:intl:problem:idempotency-key-reused");
    }

    private Http.Response rawCsv(byte[] body, String key) {
        try {
            var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/students/imports"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + TestTokens.admin())
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (key != null) {
                b.header("Idempotency-Key", key);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String row(String familyName, String college) {
        return String.join(
                ",",
                familyName,
                "Minji",
                "",
                "KR",
                "FEMALE",
                "2002-05-06",
                passportNumber(),
                "BACHELOR",
                college,
                "Economics",
                "SELF_FUNDED",
                "",
                "");
    }
}
