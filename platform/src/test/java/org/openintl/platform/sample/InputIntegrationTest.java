package org.openintl.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input through HTTP: every refusal is a 400-class ProblemDetail naming what is wrong, and nothing is stored.
 * Covers the shared mechanisms every service gets from the platform (issue 11).
 */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    Http http;
    HttpClient raw =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private long total() {
        return http.get("/samples?size=1").json().get("total").asLong();
    }

    private void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.toString()).startsWith(PROBLEM_JSON);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    private Http.Response rawSend(String method, String path, byte[] body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + TestTokens.admin());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> r = raw.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Response(r.statusCode(), r.headers().map(), r.body());
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNotAnError() {
        http.post("/samples", Map.of("title", Map.of("en", "paged"), "startDate", "2026-09-01"));
        var r = http.get("/samples?page=2147483647&size=200");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isZero();
        assertThat(r.json().get("total").asLong()).isPositive();
    }

    @Test
    void controlCharactersInAFilterAreA400NamingTheParameter() {
        for (String q : new String[] {"%00", "a%00b", "%1F", "%7F", "%C2%85", "%ff"}) {
            var r = http.get("/samples?q=" + q);
            assertProblem(r, 400);
            assertThat(r.json().get("errors").get(0).get("field").asString())
                    .as(q)
                    .isEqualTo("q");
        }
        assertProblem(http.get("/samples?q=" + "x".repeat(1001)), 400);
        assertThat(http.get("/samples?q=%E9%A6%96%E5%B0%94").status()).isEqualTo(200);
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValuesNeverAJavaClass() {
        var query = http.get("/samples?status=NOPE");
        assertProblem(query, 400);
        assertThat(query.body())
                .contains("DRAFT, DONE")
                .doesNotContain("org.openintl")
                .doesNotContain("java.");

        var created = http.post("/samples", Map.of("title", Map.of("en", "enum"), "startDate", "2026-09-01"));
        String id = created.json().get("id").asString();
        var body = http.post("/samples/" + id + "/transitions", Map.of("to", "NOPE"));
        assertProblem(body, 400);
        assertThat(body.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(body.body())
                .contains("DRAFT, DONE")
                .doesNotContain("org.openintl")
                .doesNotContain("java.");
    }

    @Test
    void wrongTypesUnknownFieldsAndUncleanTextAreRefusedAndNothingIsStored() {
        long before = total();
        String[][] cases = {
            {"{\"title\":{\"en\":1e308},\"startDate\":\"2026-09-01\"}", "title.en"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"2026-09-01\",\"tags\":[5]}", "tags[0]"},
            {"{\"title\":\"x\",\"startDate\":\"2026-09-01\"}", "title"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"2026-09-01\",\"unit\":\"lost\"}", "unit"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"2026-09-01\",\"$where\":\"1\"}", "$where"},
            {"{\"title\":{\"en\":\"a\\u0000b\"},\"startDate\":\"2026-09-01\"}", "title.en"},
            {"{\"title\":{\"en\":\"" + "x".repeat(100_000) + "\"},\"startDate\":\"2026-09-01\"}", "title.en"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"+99999-01-01\"}", "startDate"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"2026-02-30\"}", "startDate"},
            {"{\"title\":{\"en\":\"x\"},\"startDate\":\"1899-12-31\"}", "startDate"},
        };
        for (String[] c : cases) {
            var r = http.post("/samples", c[0]);
            assertProblem(r, 400);
            assertThat(r.json().get("errors").get(0).get("field").asString())
                    .as(c[0])
                    .isEqualTo(c[1]);
            assertThat(r.body()).as(c[0]).doesNotContain("org.openintl").doesNotContain("java.");
        }
        assertProblem(http.post("/samples", "{\"title\":"), 400);
        assertProblem(http.post("/samples", "[".repeat(5000)), 400);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void invalidUtf8InABodyIsA400() throws Exception {
        byte[] body =
                "{\"title\":{\"en\":\"a\u00ffb\"},\"startDate\":\"2026-09-01\"}".getBytes(StandardCharsets.ISO_8859_1);
        long before = total();
        assertProblem(rawSend("POST", "/samples", body, "Content-Type", "application/json"), 400);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void whatTomcatAndTheFirewallRefuseIsAProblemDetailToo() throws Exception {
        for (String path :
                new String[] {"/samples/%00", "/samples/..%2Fx", "/samples/%ff%fe", "/samples;x=1", "/samples//x"}) {
            var r = rawSend("GET", path, null);
            assertThat(r.status()).as(path).isBetween(400, 404);
            assertThat(r.header("Content-Type")).as(path + " " + r).startsWith(PROBLEM_JSON);
            assertThat(r.json().get("status").asInt()).as(path + " " + r).isEqualTo(r.status());
        }
    }

    @Test
    void oversizedHeadersAndUrlsAreProblemDetails() throws Exception {
        var header = rawSend("GET", "/samples", null, "Idempotency-Key", "k".repeat(20_000));
        assertThat(header.status()).isEqualTo(431);
        assertThat(header.header("Content-Type")).startsWith(PROBLEM_JSON);
        var url = rawSend("GET", "/samples?q=" + "x".repeat(5_000), null);
        assertThat(url.status()).isEqualTo(414);
        assertThat(url.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(url.json().get("status").asInt()).isEqualTo(url.status());
        assertThat(header.json().get("type").asString()).isEqualTo("urn:intl:problem:request-headers-too-large");
    }
}
