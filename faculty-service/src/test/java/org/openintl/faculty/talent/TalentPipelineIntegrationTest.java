package org.openintl.faculty.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;

/** The recruitment pipeline through HTTP and its events; the arrival creates the expert record once. */
class TalentPipelineIntegrationTest extends IntegrationTest {

    static Map<String, Object> candidate(Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "David Miller");
        body.put("chineseName", "米大卫");
        body.put("nationality", "US");
        body.put("gender", "MALE");
        body.put("dateOfBirth", "1975-06-01");
        body.put("email", "d.miller@example.edu");
        body.put("currentInstitution", "University of Illinois");
        body.put("program", "Overseas High-level Talent Program");
        body.put("college", "School of Chemistry");
        body.put("field", "Catalysis");
        body.put("position", "RESEARCH");
        return with(body, overrides);
    }

    private String accepted() {
        String id = created(officer, "/api/talent", candidate());
        for (String stage : new String[] {"CONTACTED", "INTERVIEWED", "OFFERED", "ACCEPTED"}) {
            move("/api/talent/" + id, "to", stage);
        }
        return id;
    }

    @Test
    void theArrivalCreatesTheExpertOnceAndPublishesArrivedWithItsId() {
        String id = accepted();
        var arrived = move("/api/talent/" + id, "to", "ARRIVED", "note", "met at the airport");
        String expertId = arrived.get("expertId").asString();
        assertThat(arrived.get("stage").asString()).isEqualTo("ARRIVED");

        var expert = get("/api/experts/" + expertId);
        assertThat(expert.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(expert.get("name").asString()).isEqualTo("David Miller");
        assertThat(expert.get("talentId").asString()).isEqualTo(id);
        assertThat(expert.get("talentProgram").asString()).isEqualTo("Overseas High-level Talent Program");
        assertThat(expert.get("dateOfBirth").asString()).isEqualTo("1975-06-01");

        var records = awaitExactly(id, 6);
        assertThat(types(records))
                .containsExactly(
                        "intl.talent.identified.v1",
                        "intl.talent.contacted.v1",
                        "intl.talent.interviewed.v1",
                        "intl.talent.offered.v1",
                        "intl.talent.accepted.v1",
                        "intl.talent.arrived.v1");
        var data = payload(records.get(5));
        assertThat(data.get("expertId").asString()).isEqualTo(expertId);
        assertThat(data.toString())
                .doesNotContain("Miller")
                .doesNotContain("example.edu")
                .doesNotContain("airport");
        var expertEvents = awaitExactly(expertId, 1);
        assertThat(types(expertEvents)).containsExactly("intl.expert.registered.v1");
        assertThat(payload(expertEvents.get(0)).get("talentId").asString()).isEqualTo(id);

        var again = officer.post("/api/talent/" + id + "/transitions", Map.of("to", "ARRIVED"));
        assertThat(again.status()).isEqualTo(409);
        awaitExactly(expertId, 1);
    }

    @Test
    void aCandidateWithoutAPositionArrivesAsAResearchExpert() {
        String id = created(officer, "/api/talent", candidate("position", null, "gender", null, "dateOfBirth", null));
        for (String stage : new String[] {"CONTACTED", "INTERVIEWED", "OFFERED", "ACCEPTED"}) {
            move("/api/talent/" + id, "to", stage);
        }
        String expertId =
                move("/api/talent/" + id, "to", "ARRIVED").get("expertId").asString();
        var expert = get("/api/experts/" + expertId);
        assertThat(expert.get("position").asString()).isEqualTo("RESEARCH");
        assertThat(expert.has("passportNumber")).isFalse();
    }

    @Test
    void concurrentArrivalsCreateOneExpert() {
        String id = accepted();
        var results = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> officer.post("/api/talent/" + id + "/transitions", Map.of("to", "ARRIVED"))))
                .map(CompletableFuture::join)
                .toList();
        assertThat(results.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(results.stream().filter(r -> r.status() != 200).map(r -> r.status()))
                .allMatch(s -> s == 409 || s == 412);
        String expertId = get("/api/talent/" + id).get("expertId").asString();
        awaitExactly(expertId, 1);
        assertThat(types(awaitExactly(id, 6))).endsWith("intl.talent.arrived.v1");
    }

    @Test
    void stagesAreNotSkippedAndADeclinedCandidateStaysDeclined() {
        String id = created(officer, "/api/talent", candidate());
        var skip = officer.post("/api/talent/" + id + "/transitions", Map.of("to", "OFFERED"));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.header("Content-Type")).startsWith("application/problem+json");
        var arrive = officer.post("/api/talent/" + id + "/transitions", Map.of("to", "ARRIVED"));
        assertThat(arrive.status()).isEqualTo(409);
        move("/api/talent/" + id, "to", "DECLINED");
        assertThat(officer.post("/api/talent/" + id + "/transitions", Map.of("to", "CONTACTED"))
                        .status())
                .isEqualTo(409);
        assertThat(types(awaitExactly(id, 2))).containsExactly("intl.talent.identified.v1", "intl.talent.declined.v1");
        assertThat(get("/api/talent/" + id).has("expertId")).isFalse();
    }

    @Test
    void otherRolesSeeNoNamesOrContact() {
        String id = created(officer, "/api/talent", candidate());
        var viewer = http.withRoles("VIEWER").get("/api/talent/" + id);
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.body())
                .doesNotContain("Miller")
                .doesNotContain("example.edu")
                .doesNotContain("1975");
        assertThat(viewer.json().get("field").asString()).isEqualTo("Catalysis");
        assertThat(http.withRoles("STUDENT_COUNSELOR")
                        .post("/api/talent", candidate())
                        .status())
                .isEqualTo(403);
        assertThat(http.withRoles("VIEWER").get("/api/talent?name=Miller").status())
                .isEqualTo(403);
    }

    @Test
    void badCandidatesAreRefusedAndNothingIsRecorded() {
        long before = get("/api/talent?size=1").get("total").asLong();
        for (Object[] bad : new Object[][] {
            {"name", null},
            {"program", " "},
            {"nationality", "XX"},
            {"nationality", "CN"},
            {"email", "not-an-address"},
            {"dateOfBirth", "2999-01-01"},
            {"position", "PROFESSOR"},
            {"college", null},
            {"stage", "ARRIVED"},
        }) {
            var r = officer.post("/api/talent", candidate(bad));
            assertThat(r.status()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get("/api/talent?size=1").get("total").asLong()).isEqualTo(before);
    }
}
