package org.openintl.news.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 in news-service: every bad input is a 4xx ProblemDetail naming the field and stores nothing. */
@ExtendWith(EmbeddedInfrastructure.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIntegrationTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain("org.openintl").doesNotContain("java.");
    }

    private static String field(Http.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    private long total() {
        return http.get("/api/news?size=1").json().get("total").asLong();
    }

    private static Map<String, Object> article(Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("translations", Map.of("en", Map.of("title", "Working meeting", "body", "# Meeting\n\nText")));
        body.put("category", "MEETING");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    @Test
    void aPageFarBeyondTheEndIsEmpty() {
        var r = http.get("/api/news?page=2147483647&size=200");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isZero();
    }

    @Test
    void uncleanUnboundedAndMistypedArticlesAreRefusedAndNothingIsStored() {
        long before = total();
        Object[][] cases = {
            {"place", Map.of("en", "x".repeat(100_000)), "place.en"},
            {"place", Map.of("zh", "会议室\u0000"), "place.zh"},
            {"translations", Map.of("en", Map.of("title", "a\u0000b")), "translations.en.title"},
            {"translations", Map.of("en", Map.of("title", "t", "summary", 5)), "translations.en.summary"},
            {"translations", Map.of("en", Map.of("title", "t", "lead", "x")), "translations.en.lead"},
            {"eventDate", "+99999-01-01", "eventDate"},
            {"people", List.of(5), "people[0]"},
            {"category", "GOSSIP", "category"},
            {"author", "someone", "author"},
        };
        for (Object[] c : cases) {
            var r = http.post("/api/news", article(c[0], c[1]));
            assertProblem(r, 400);
            assertThat(field(r)).as(String.valueOf(c[0])).isEqualTo(c[2]);
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aMergePatchAndATransitionAreReadAsStrictlyAsABody() {
        var created = http.post("/api/news", article());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var patch = http.send(
                "PATCH",
                "/api/news/" + id,
                "{\"plaec\":{\"en\":\"x\"}}",
                "application/merge-patch+json",
                "If-Match",
                "\"1\"");
        assertProblem(patch, 400);
        assertThat(field(patch)).isEqualTo("plaec");
        var note = http.post("/api/news/" + id + "/transitions", Map.of("to", "IN_REVIEW", "note", 5));
        assertProblem(note, 400);
        assertThat(field(note)).isEqualTo("note");
        assertThat(http.get("/api/news/" + id).json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aNulInAFilterIsA400() {
        for (String path : new String[] {"/api/news?q=%00", "/api/news?language=%00", "/api/news/feed.atom?lang=%00"}) {
            assertProblem(http.get(path), 400);
        }
    }
}
