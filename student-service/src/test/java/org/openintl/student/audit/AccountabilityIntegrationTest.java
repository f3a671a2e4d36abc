package org.openintl.student.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.openintl.student.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every write names its actor and request id in the student's change log; every answer with personal data (a view,
 * a list, alerts with names, an export) is in the audit log that ADMIN reads at {@code GET /api/audit}, with who,
 * when, what and how many, and nothing personal beyond ids. The events stay as they were.
 */
class AccountabilityIntegrationTest extends IntegrationTest {

    @Autowired
    MongoDatabase db;

    @Test
    void everyWriteRecordsItsActorAndRequestIdInTheChangeLog() {
        String counselor = "counselor-" + UUID.randomUUID();
        Http mei = http.withToken(TestTokens.token()
                        .subject(counselor)
                        .roles("STUDENT_COUNSELOR")
                        .sign())
                .withHeader("X-Request-Id", "req-create-1");
        var created = mei.post("/api/students", student());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var moved = mei.withHeader("X-Request-Id", "req-enrol-2")
                .post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED", "note", "arrived"));
        assertThat(moved.status()).isEqualTo(200);
        var patched = http.withHeader("X-Request-Id", "bad id with spaces")
                .send("PATCH", "/api/students/" + id, Map.of("program", "Law"), "application/merge-patch+json");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        String generated = patched.header("X-Request-Id");
        assertThat(generated).as("an unacceptable id is replaced").isNotEqualTo("bad id with spaces");

        var changes = http.withRoles("VIEWER").get("/api/students/" + id + "/changes");
        assertThat(changes.status()).isEqualTo(200);
        List<JsonNode> log = changes.json().valueStream().toList();
        assertThat(log).hasSize(3);
        assertThat(log.get(0).get("actor").asString()).isEqualTo(counselor);
        assertThat(log.get(0).get("requestId").asString()).isEqualTo("req-create-1");
        assertThat(log.get(0).get("events").get(0).asString()).isEqualTo("intl.student.admitted.v1");
        assertThat(log.get(1).get("requestId").asString()).isEqualTo("req-enrol-2");
        assertThat(log.get(1).get("events").get(0).asString()).isEqualTo("intl.student.enrolled.v1");
        assertThat(log.get(2).get("actor").asString()).isEqualTo("test-admin");
        assertThat(log.get(2).get("requestId").asString()).isEqualTo(generated);
        assertThat(log).extracting(c -> c.get("version").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(changes.body()).doesNotContain("Kim", "arrived");

        // the events are what they were: no actor, no request id, no personal data
        var events = awaitEvents(id, 3);
        for (var record : events) {
            String payload = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(counselor, "req-create-1", "req-enrol-2", "actor", "requestId");
        }
        assertThat(http.get("/api/students/" + UUID.randomUUID() + "/changes").status())
                .isEqualTo(404);
    }

    @Test
    void theRowsOfAnImportAreWrittenAsTheUserWhoUploadedTheFile() {
        String college = unique("College-of-Uploads");
        String uploader = "uploader-" + UUID.randomUUID();
        String csv = "familyName,nationality,dateOfBirth,passportNumber,category,college,fundingType\n"
                + "Ito,JP,2002-01-01,T12345678,BACHELOR," + college + ",SELF_FUNDED\n";
        var accepted = http.withToken(TestTokens.token()
                        .subject(uploader)
                        .roles("STUDENT_COUNSELOR")
                        .sign())
                .withHeader("X-Request-Id", "upload-1")
                .send("POST", "/api/students/imports", csv, "text/csv");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String id = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(
                        () -> http.get("/api/students?college=" + college)
                                .json()
                                .get("items"),
                        items -> !items.isEmpty())
                .get(0)
                .get("id")
                .asString();
        JsonNode registration =
                http.get("/api/students/" + id + "/changes").json().get(0);
        assertThat(registration.get("actor").asString()).isEqualTo(uploader);
        assertThat(registration.get("requestId").asString()).isEqualTo("upload-1");
    }

    @Test
    void readsOfPersonalDataAreInTheAuditLogWithWhoWhenWhatAndHowMany() {
        String college = unique("College-of-Audits");
        String first = create(student("college", college, "familyName", "Audited", "passportNumber", "A11223344"));
        String second = create(student("college", college));
        String reader = "reader-" + UUID.randomUUID();
        Http counselor = http.withToken(
                TestTokens.token().subject(reader).roles("STUDENT_COUNSELOR").sign());

        assertThat(counselor
                        .withHeader("X-Request-Id", "audit-read-1")
                        .get("/api/students/" + first)
                        .status())
                .isEqualTo(200);
        assertThat(counselor
                        .get("/api/students?college=" + college + "&name=Audited")
                        .status())
                .isEqualTo(200);
        assertThat(counselor.get("/api/students?college=" + college).status()).isEqualTo(200);
        assertThat(counselor.get("/api/students/export?college=" + college).status())
                .isEqualTo(200);
        // a viewer sees no personal data: nothing to record
        String viewer = "viewer-" + UUID.randomUUID();
        assertThat(http.withToken(TestTokens.token()
                                .subject(viewer)
                                .roles("VIEWER")
                                .sign())
                        .get("/api/students/" + first)
                        .status())
                .isEqualTo(200);

        var answer = http.get("/api/audit?actor=" + reader);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> entries = answer.json().get("items").valueStream().toList();
        assertThat(entries)
                .extracting(e -> e.get("action").asString())
                .containsExactly("student.export", "student.list", "student.list", "student.read");
        JsonNode read = entries.get(3);
        assertThat(read.get("actor").asString()).isEqualTo(reader);
        assertThat(read.get("requestId").asString()).isEqualTo("audit-read-1");
        assertThat(read.get("route").asString()).isEqualTo("GET /api/students/{id}");
        assertThat(read.get("students").get(0).asString()).isEqualTo(first);
        assertThat(read.get("count").asLong()).isEqualTo(1);
        assertThat(read.has("at")).isTrue();
        JsonNode list = entries.get(1);
        assertThat(list.get("count").asLong()).isEqualTo(2);
        assertThat(list.get("students").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(first, second);
        JsonNode search = entries.get(2);
        assertThat(search.get("query").asString()).contains("name=(omitted)").doesNotContain("Audited");
        JsonNode export = entries.get(0);
        assertThat(export.get("count").asLong()).isEqualTo(2);
        assertThat(export.get("route").asString()).isEqualTo("GET /api/students/export");

        // the read, the name search and the list showed the first student; the export keeps no ids
        assertThat(http.get("/api/audit?student=" + first + "&actor=" + reader)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(http.get("/api/audit?actor=" + viewer).json().get("total").asLong())
                .isZero();
        assertThat(http.get("/api/audit?from=nonsense").status()).isEqualTo(400);

        // nothing personal in the stored log itself
        for (Document d : db.getCollection("audit").find(new Document("actor", reader))) {
            assertThat(d.toJson()).doesNotContain("Audited", "A11223344", "Kim", "2003-04-05");
        }
    }
}
