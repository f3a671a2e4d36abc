package org.openintl.student.privacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.student.IntegrationTest;
import org.openintl.student.TestKeys;
import org.openintl.student.student.StudentRepository;
import org.openintl.student.student.StudentService;
import org.springframework.beans.factory.annotation.Autowired;

/** Personal data is sealed in the database, opened only in API answers, re-sealed after a key rotation. */
class PersonalDataIntegrationTest extends IntegrationTest {

    @Autowired
    MongoDatabase db;

    @Autowired
    StudentService students;

    @Autowired
    StudentRepository repository;

    @Test
    void theStoredDocumentHoldsNoPlainPersonalData() {
        String id = create(student(
                "passportNumber",
                "G12398745",
                "dateOfBirth",
                "2001-11-23",
                "contact",
                Map.of("email", "oyun@example.mn", "phone", "+976 9911 2233")));
        var filed = http.put(
                "/api/students/" + id + "/documents/VISA",
                Map.of(
                        "visaCategory",
                        "X1",
                        "number",
                        "VX8811223",
                        "issueDate",
                        today().minusDays(20).toString(),
                        "expiryDate",
                        today().plusDays(60).toString()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);

        Document raw = rawStudent(id);
        String json = raw.toJson();
        assertThat(json).doesNotContain("G12398745", "2001-11-23", "oyun@example.mn", "9911", "VX8811223");
        Document state = raw.get("state", Document.class);
        assertThat(state.get("personal", Document.class).getString("keyId")).isEqualTo("test-new");
        assertThat(state.getList("documents", Document.class)
                        .get(0)
                        .get("number", Document.class)
                        .getString("keyId"))
                .isEqualTo("test-new");
        assertThat(state.containsKey("passportNumber")).isFalse();

        var answer = get(id);
        assertThat(answer.get("passportNumber").asString()).isEqualTo("G12398745");
        assertThat(answer.get("dateOfBirth").asString()).isEqualTo("2001-11-23");
        assertThat(answer.get("documents").get(0).get("number").asString()).isEqualTo("VX8811223");
    }

    @Test
    void showsPersonalDataOnlyToAdminsAndCounselors() {
        String id = create(student(
                "passportNumber",
                "E55501234",
                "dateOfBirth",
                "2000-02-29",
                "contact",
                Map.of("email", "amaka@example.ng")));
        http.put(
                "/api/students/" + id + "/documents/PASSPORT",
                Map.of("number", "E55501234", "expiryDate", today().plusYears(3).toString()));
        for (String role : List.of("ADMIN", "STUDENT_COUNSELOR")) {
            String body = http.withRoles(role).get("/api/students/" + id).body();
            assertThat(body).as(role).contains("E55501234", "2000-02-29", "amaka@example.ng");
        }
        for (String role : List.of("VIEWER", "PARTNERSHIP_OFFICER", "NEWS_EDITOR")) {
            var seen = http.withRoles(role).get("/api/students/" + id);
            assertThat(seen.status()).as(role).isEqualTo(200);
            assertThat(seen.json().get("nationality")).as(role).isNotNull();
            assertThat(seen.body()).as(role).doesNotContain("E55501234", "2000-02-29", "amaka@example.ng");
            assertThat(http.withRoles(role).get("/api/students?size=200").body())
                    .as(role)
                    .doesNotContain("E55501234", "2000-02-29");
            assertThat(http.withRoles(role).get("/api/students/export").body())
                    .as(role)
                    .doesNotContain("E55501234", "2000-02-29", "amaka@example.ng");
        }
        assertThat(http.withRoles("STUDENT_COUNSELOR")
                        .get("/api/students/export")
                        .body())
                .contains("E55501234");
    }

    @Test
    void valuesSealedWithARetiredKeyStillOpenAndAreResealedWithTheActiveOne() {
        String id = create(student("passportNumber", "K77788899", "dateOfBirth", "1999-09-09"));
        FieldCipher retired = new FieldCipher(Map.of("test-old", TestKeys.oldKey()), "test-old");
        String personal = "{\"passportNumber\":\"K77788899\",\"dateOfBirth\":\"1999-09-09\"}";
        Sealed old = retired.seal(personal, "student/" + id + "/personal");
        db.getCollection("students")
                .updateOne(
                        eq("_id", UUID.fromString(id)),
                        Updates.set("state.personal", new Document("keyId", old.keyId()).append("data", old.data())));
        assertThat(get(id).get("passportNumber").asString()).isEqualTo("K77788899");
        assertThat(repository.idsSealedWithOtherKeyThan("test-new")).contains(UUID.fromString(id));

        students.reseal(UUID.fromString(id));

        assertThat(repository.idsSealedWithOtherKeyThan("test-new")).doesNotContain(UUID.fromString(id));
        Document state = rawStudent(id).get("state", Document.class);
        assertThat(state.get("personal", Document.class).getString("keyId")).isEqualTo("test-new");
        assertThat(get(id).get("passportNumber").asString()).isEqualTo("K77788899");
        assertThat(awaitExactly(id, 1)).hasSize(1); // re-sealing publishes nothing
    }

    @Test
    void aSealedValueCopiedToAnotherStudentDoesNotOpen() {
        String victim = create(student("passportNumber", "V11122233"));
        String other = create(student());
        Document sealed = rawStudent(victim).get("state", Document.class).get("personal", Document.class);
        Document own = rawStudent(other).get("state", Document.class).get("personal", Document.class);
        var students = db.getCollection("students");
        students.updateOne(eq("_id", UUID.fromString(other)), Updates.set("state.personal", sealed));
        try {
            var r = http.get("/api/students/" + other);
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.body()).doesNotContain("V11122233");
        } finally {
            students.updateOne(eq("_id", UUID.fromString(other)), Updates.set("state.personal", own));
        }
        assertThat(http.get("/api/students/" + other).status()).isEqualTo(200);
    }

    private Document rawStudent(String id) {
        return db.getCollection("students").find(eq("_id", UUID.fromString(id))).first();
    }
}
