package org.openintl.faculty.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;

/**
 * Every bad input to the experts' API is a 4xx ProblemDetail naming what is wrong, and changes nothing: the number of
 * experts stays the same and an existing expert keeps its version.
 */
class BadInputIntegrationTest extends IntegrationTest {

    @Test
    void badRegistrationsAreRefusedAndNothingIsStored() {
        long before = get("/api/experts?size=1").get("total").asLong();
        Object[][] cases = {
            {"name", null},
            {"name", "x".repeat(201)},
            {"nationality", "XX"},
            {"nationality", "CN"},
            {"gender", "UNKNOWN"},
            {"dateOfBirth", "2015-01-01"},
            {"dateOfBirth", "1900-01-01"},
            {"dateOfBirth", "14.03.1980"},
            {"passportNumber", "12"},
            {"passportNumber", null},
            {"permitCategory", "D"},
            {"position", null},
            {"teachingLoad", 41},
            {"teachingLoad", -1},
            {"accommodationSince", "2999-01-01"},
            {"status", "IN_SERVICE"},
            {"name", "Anna\u0000Schmidt"},
        };
        for (Object[] c : cases) {
            var r = officer.post("/api/experts", expert(c));
            assertThat(r.status()).as(c[0] + "=" + c[1] + ": " + r).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body()).as(c[0] + "").contains("\"status\":400");
        }
        var contract = officer.post("/api/experts", expert("contractStart", "2027-01-01", "contractEnd", "2026-01-01"));
        assertThat(contract.status()).isEqualTo(400);
        assertThat(contract.json().toString()).contains("contractEnd");
        var notJson = officer.send("POST", "/api/experts", "{\"name\":", "application/json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(get("/api/experts?size=1").get("total").asLong()).isEqualTo(before);
    }

    @Test
    void badReadsAndUnknownIdsAreClearProblems() {
        assertThat(http.get("/api/experts/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get("/api/experts/not-a-uuid").status()).isEqualTo(400);
        assertThat(http.get("/api/experts?status=RETIRED").status()).isEqualTo(400);
        assertThat(http.get("/api/experts?nationality=XX").status()).isEqualTo(400);
        assertThat(http.get("/api/experts?size=100000").status()).isEqualTo(400);
        assertThat(http.get("/api/staff-trips?country=ZZ").status()).isEqualTo(400);
        assertThat(http.get("/api/talent?stage=HIRED").status()).isEqualTo(400);
        assertThat(http.get("/api/faculty/audit?from=nonsense").status()).isEqualTo(400);
        assertThat(http.anonymous().get("/api/experts").status()).isEqualTo(401);
    }

    @Test
    void badChangesLeaveTheExpertAsItWas() {
        String id = created(officer, "/api/experts", expert());
        for (var r : new org.openintl.platform.testing.Http.Response[] {
            officer.post("/api/experts/" + id + "/transitions", java.util.Map.of("to", "RETIRED")),
            officer.post("/api/experts/" + id + "/transitions", java.util.Map.of()),
            officer.post(
                    "/api/experts/" + id + "/transitions", java.util.Map.of("to", "DEPARTED", "note", "x".repeat(501))),
            officer.put("/api/experts/" + id, expert("nationality", "XX"), "If-Match", "\"1\""),
            officer.put("/api/experts/" + id, expert(), "If-Match", "soon"),
        }) {
            assertThat(r.status()).as(r.toString()).isBetween(400, 499);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/experts/" + id).header("ETag")).isEqualTo("\"1\"");
        assertThat(types(awaitExactly(id, 1))).containsExactly("intl.expert.registered.v1");
    }
}
