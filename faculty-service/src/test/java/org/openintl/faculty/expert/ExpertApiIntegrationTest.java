package org.openintl.faculty.expert;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/experts} through HTTP, its events on the topic (valid against the schemas) and its documents in MongoDB. */
class ExpertApiIntegrationTest extends IntegrationTest {

    @Autowired
    MongoDatabase db;

    @Test
    void registersACandidateSealsThePassportAndPublishesNoPersonalData() {
        String passport = passportNumber();
        var created = officer.post(
                "/api/experts", expert("passportNumber", passport), "Idempotency-Key", "e-" + UUID.randomUUID());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo("/api/experts/" + created.json().get("id").asString());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("CANDIDATE");
        assertThat(created.json().get("passportNumber").asString()).isEqualTo(passport);
        assertThat(created.json().get("continent").asString()).isEqualTo("EUROPE");

        Document stored =
                db.getCollection("experts").find(eq("_id", UUID.fromString(id))).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(passport).doesNotContain("1980-03-14");

        var records = awaitExactly(id, 1);
        assertThat(types(records)).containsExactly("intl.expert.registered.v1");
        assertThat(header(records.get(0), "ce_source")).isEqualTo("/faculty-service");
        String published = payload(records.get(0)).toString();
        assertThat(published).doesNotContain(passport).doesNotContain("Schmidt").doesNotContain("1980");
        assertThat(payload(records.get(0)).get("permitCategory").asString()).isEqualTo("A");
    }

    @Test
    void aRetriedRegistrationReturnsTheFirstAndAReusedKeyIsRefused() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = expert();
        var first = officer.post("/api/experts", body, "Idempotency-Key", key);
        var again = officer.post("/api/experts", body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        var other = officer.post("/api/experts", expert("college", "School of Law"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        awaitExactly(first.json().get("id").asString(), 1);
    }

    @Test
    void movesThroughTheLifecycleWithDatedHistoryAndOneEventPerMove() {
        String id = created(officer, "/api/experts", contracted(today().minusMonths(1), 2));
        var early = officer.post(
                "/api/experts/" + id + "/transitions",
                Map.of("to", "CONTRACTED", "date", today().minusDays(1).toString()));
        assertThat(early.status()).as("before the registration").isEqualTo(400);
        move("/api/experts/" + id, "to", "CONTRACTED");
        move("/api/experts/" + id, "to", "IN_SERVICE", "date", today().toString());
        move("/api/experts/" + id, "to", "ON_LEAVE", "note", "research stay at home institution");
        var back = move("/api/experts/" + id, "to", "IN_SERVICE");
        assertThat(back.get("history")).hasSize(5);
        assertThat(back.get("history").get(3).get("note").asString()).isEqualTo("research stay at home institution");

        var records = awaitExactly(id, 5);
        assertThat(types(records))
                .containsExactly(
                        "intl.expert.registered.v1",
                        "intl.expert.contracted.v1",
                        "intl.expert.in-service.v1",
                        "intl.expert.on-leave.v1",
                        "intl.expert.in-service.v1");
        assertThat(payload(records.get(2)).get("transition").get("date").asString())
                .isEqualTo(today().toString());
        assertThat(payload(records.get(3)).toString()).doesNotContain("research stay");

        var illegal = officer.post("/api/experts/" + id + "/transitions", Map.of("to", "CANDIDATE"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.header("Content-Type")).startsWith("application/problem+json");
        var future = officer.post(
                "/api/experts/" + id + "/transitions",
                Map.of("to", "DEPARTED", "date", today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(get("/api/experts/" + id).get("status").asString()).isEqualTo("IN_SERVICE");
        awaitExactly(id, 5);
    }

    @Test
    void aCandidateWithoutAContractCannotBeContracted() {
        String id = created(officer, "/api/experts", expert());
        var refused = officer.post("/api/experts/" + id + "/transitions", Map.of("to", "CONTRACTED"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().toString()).contains("contractEnd");
        assertThat(get("/api/experts/" + id).get("status").asString()).isEqualTo("CANDIDATE");
    }

    @Test
    void otherRolesReadOnlyTheNonPersonalFieldsAndCannotWrite() {
        String passport = passportNumber();
        String id = created(officer, "/api/experts", expert("passportNumber", passport));
        for (String role : new String[] {"VIEWER", "STUDENT_COUNSELOR", "PARTNERSHIP_OFFICER", "NEWS_EDITOR"}) {
            var read = http.withRoles(role).get("/api/experts/" + id);
            assertThat(read.status()).as(role).isEqualTo(200);
            assertThat(read.body())
                    .as(role)
                    .doesNotContain(passport)
                    .doesNotContain("Schmidt")
                    .doesNotContain("施安娜");
            assertThat(read.json().get("college").asString()).isEqualTo("School of Physics");
            assertThat(read.json().has("dateOfBirth")).isFalse();
            assertThat(read.json().has("gender")).isFalse();
            var write = http.withRoles(role).post("/api/experts", expert());
            assertThat(write.status()).as(role).isEqualTo(403);
            var search = http.withRoles(role).get("/api/experts?name=Schmidt");
            assertThat(search.status()).as(role).isEqualTo(403);
        }
        assertThat(officer.get("/api/experts?name=schmidt&size=200").body()).contains(id);
    }

    @Test
    void personalDataReadsAreAudited() {
        String id = created(officer, "/api/experts", expert());
        officer.get("/api/experts/" + id);
        http.withRoles("VIEWER").get("/api/experts/" + id);
        var log = http.get("/api/faculty/audit?subject=" + id);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json().get("items").findValuesAsString("action")).contains("expert.write", "expert.read");
        // the officer's registration and read; the viewer's read showed no personal data
        assertThat(log.json().get("total").asLong()).isEqualTo(2);
        assertThat(officer.get("/api/faculty/audit").status()).isEqualTo(403);
    }

    @Test
    void aReplacementNeedsIfMatchAndPublishesUpdatedOnlyForPublicChanges() {
        Map<String, Object> body = expert();
        String id = created(officer, "/api/experts", body);
        assertThat(officer.put("/api/experts/" + id, body).status()).isEqualTo(428);
        var renamed = officer.put("/api/experts/" + id, with(body, "chineseName", "施安"), "If-Match", "\"1\"");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        var moved =
                officer.put("/api/experts/" + id, with(body, "college", "School of Chemistry"), "If-Match", "\"2\"");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        var stale = officer.put("/api/experts/" + id, with(body, "college", "School of Law"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(types(awaitExactly(id, 2))).containsExactly("intl.expert.registered.v1", "intl.expert.updated.v1");
        assertThat(get("/api/experts/" + id).get("college").asString()).isEqualTo("School of Chemistry");
    }
}
