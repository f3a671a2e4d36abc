package org.openintl.partnership.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 in partnership-service: every bad input is a 4xx ProblemDetail naming the field and stores nothing. */
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

    private long total(String list) {
        return http.get(list + (list.contains("?") ? "&" : "?") + "size=1&includeArchived=true")
                .json()
                .get("total")
                .asLong();
    }

    private Map<String, Object> partner(Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Map.of("en", "Seoul National University"));
        body.put("country", "KR");
        body.put("type", "UNIVERSITY");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private String partnerId() {
        var r = http.post("/api/partners", partner());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private Map<String, Object> partnership(String partnerId, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("en", "Undergraduate exchange"));
        body.put("type", "STUDENT_EXCHANGE");
        body.put("partnerIds", List.of(partnerId));
        body.put("responsibleUnit", "International College");
        body.put("startDate", "2026-09-01");
        body.put("endDate", "2029-08-31");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyOnEveryList() {
        for (String list : new String[] {"/api/partners", "/api/partnerships"}) {
            var r = http.get(list + "?page=2147483647&size=200");
            assertThat(r.status()).as(list + " " + r).isEqualTo(200);
            assertThat(r.json().get("items").size()).isZero();
        }
    }

    @Test
    void aNulInAFilterIsA400NamingIt() {
        for (String[] c : new String[][] {
            {"/api/partners?q=%00", "q"},
            {"/api/partners?q=a%00b", "q"},
            {"/api/partnerships?q=%00", "q"},
            {"/api/partnerships?unit=%00", "unit"},
            {"/api/partnerships?unit=a%0Ab", "unit"}
        }) {
            var r = http.get(c[0]);
            assertProblem(r, 400);
            assertThat(field(r)).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void anUnknownCountryIsA400LikeAnUnknownStatusAndNamesTheAllowedValues() {
        for (String list : new String[] {"/api/partners?country=ZZ", "/api/partnerships?country=ZZ"}) {
            var r = http.get(list);
            assertProblem(r, 400);
            assertThat(field(r)).isEqualTo("country");
        }
        var status = http.get("/api/partnerships?status=NOPE");
        assertProblem(status, 400);
        assertThat(status.body()).contains("PROPOSED").contains("ACTIVE");
        assertThat(http.get("/api/partners?country=kr").status()).isEqualTo(200);
    }

    @Test
    void anUnknownTypeInABodyNamesTheFieldAndTheAllowedValuesNotAJavaClass() {
        var r = http.post("/api/partners", partner("type", "NOPE"));
        assertProblem(r, 400);
        assertThat(field(r)).isEqualTo("type");
        assertThat(r.body()).contains("UNIVERSITY");
    }

    @Test
    void uncleanUnboundedAndMistypedPartnersAreRefusedAndNothingIsStored() {
        long before = total("/api/partners");
        Object[][] cases = {
            {"name", Map.of("en", 1e308), "name.en"},
            {"name", Map.of("en", "x".repeat(100_000)), "name.en"},
            {"name", Map.of("en", "Seoul\u0000"), "name.en"},
            {"name", "Seoul", "name"},
            {"city", 5, "city"},
            {"contacts", List.of(Map.of("name", "x".repeat(100_000))), "contacts[0].name"},
            {"contacts", List.of(Map.of("name", "Kim", "phone", "1\u0007")), "contacts[0].phone"},
            {"homepage", "https://snu.ac.kr", "homepage"},
            {"$set", Map.of("archived", true), "$set"},
        };
        for (Object[] c : cases) {
            var r = http.post("/api/partners", partner(c[0], c[1]));
            assertProblem(r, 400);
            assertThat(field(r)).as(String.valueOf(c[0])).isEqualTo(c[2]);
        }
        assertThat(total("/api/partners")).isEqualTo(before);
    }

    @Test
    void mistypedMisnamedAndImplausiblePartnershipsAreRefusedAndNothingIsStored() {
        String partnerId = partnerId();
        long before = total("/api/partnerships");
        Object[][] cases = {
            {"unit", "International College", "unit"},
            {"title", Map.of("zh", "\u0000"), "title.zh"},
            {"title", Map.of("en", "x".repeat(100_000)), "title.en"},
            {"endDate", "+99999-01-01", "endDate"},
            {"startDate", "0001-01-01", "startDate"},
            {"noticeDays", "30", "noticeDays"},
            {"autoRenewal", 1, "autoRenewal"},
            {"partnerIds", List.of("not-a-uuid"), "partnerIds[0]"},
        };
        for (Object[] c : cases) {
            var r = http.post("/api/partnerships", partnership(partnerId, c[0], c[1]));
            assertProblem(r, 400);
            assertThat(field(r)).as(String.valueOf(c[0])).isEqualTo(c[2]);
        }
        assertThat(total("/api/partnerships")).isEqualTo(before);
    }

    @Test
    void aTransitionWithANoteOfTheWrongTypeChangesNothing() {
        var created = http.post("/api/partnerships", partnership(partnerId()));
        String id = created.json().get("id").asString();
        var r = http.post("/api/partnerships/" + id + "/transitions", Map.of("to", "SIGNED", "note", 5));
        assertProblem(r, 400);
        assertThat(field(r)).isEqualTo("note");
        assertThat(http.get("/api/partnerships/" + id).json().get("status").asString())
                .isEqualTo("PROPOSED");
    }
}
