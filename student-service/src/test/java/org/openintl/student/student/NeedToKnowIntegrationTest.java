package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openintl.access.Role;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.openintl.student.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The role x field matrix of docs/security.md ("Students: need to know"), through HTTP against the real service with
 * a real token per role: ADMIN and STUDENT_COUNSELOR see every class of field, every other role only the
 * non-personal fields and counts, and a 403 ProblemDetail for the export and for name searches.
 */
class NeedToKnowIntegrationTest extends IntegrationTest {

    /** The classes of fields of docs/security.md, each with the members of a student that belong to it. */
    enum FieldClass {
        IDENTITY(List.of("familyName", "givenName", "chineseName")),
        PERSONAL(List.of("passportNumber", "dateOfBirth", "gender", "contact", "accommodationSince")),
        IMMIGRATION(List.of("documents", "deadlines")),
        NOTES(List.of());

        final List<String> members;

        FieldClass(List<String> members) {
            this.members = members;
        }
    }

    static final List<String> NON_PERSONAL = List.of(
            "id",
            "status",
            "nationality",
            "continent",
            "beltAndRoad",
            "category",
            "college",
            "program",
            "funding",
            "counselor",
            "programAtRisk",
            "history");

    /** The matrix as enforced: which classes each role sees. */
    static final Map<String, Set<FieldClass>> MATRIX = Map.of(
            "ADMIN", EnumSet.allOf(FieldClass.class),
            "STUDENT_COUNSELOR", EnumSet.allOf(FieldClass.class),
            "PARTNERSHIP_OFFICER", EnumSet.noneOf(FieldClass.class),
            "NEWS_EDITOR", EnumSet.noneOf(FieldClass.class),
            "FACULTY_OFFICER", EnumSet.noneOf(FieldClass.class),
            "VIEWER", EnumSet.noneOf(FieldClass.class));

    String id;
    String college;

    @BeforeEach
    void aStudentWithEveryClassOfField() {
        college = unique("College-of-Need-to-Know");
        id = create(student(
                "college",
                college,
                "familyName",
                "Nguyen",
                "passportNumber",
                "C44455566",
                "dateOfBirth",
                "2002-07-08",
                "accommodationSince",
                today().minusDays(3).toString(),
                "contact",
                Map.of("email", "nguyen@example.vn")));
        var filed = http.put(
                "/api/students/" + id + "/documents/VISA",
                Map.of(
                        "visaCategory",
                        "X1",
                        "number",
                        "VN7654321",
                        "issueDate",
                        today().minusDays(30).toString(),
                        "expiryDate",
                        today().plusDays(20).toString()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        var moved = http.post(
                "/api/students/" + id + "/transitions", Map.of("to", "ENROLLED", "note", "scholarship letter pending"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    @Test
    void eachRoleSeesTheClassesOfFieldsOfTheMatrixInASingleStudentAndInTheList() {
        List<String> seen = new ArrayList<>();
        for (var row : MATRIX.entrySet()) {
            String role = row.getKey();
            Http as = http.withRoles(role);
            JsonNode single = as.get("/api/students/" + id).json();
            JsonNode listed = as.get("/api/students?college=" + college)
                    .json()
                    .get("items")
                    .get(0);
            for (JsonNode student : List.of(single, listed)) {
                for (String member : NON_PERSONAL) {
                    assertThat(student.has(member)).as(role + " sees " + member).isTrue();
                }
                for (FieldClass c : FieldClass.values()) {
                    boolean visible = row.getValue().contains(c);
                    for (String member : c.members) {
                        assertThat(student.has(member))
                                .as(role + (visible ? " sees " : " does not see ") + member)
                                .isEqualTo(visible);
                    }
                }
                boolean notes = row.getValue().contains(FieldClass.NOTES);
                assertThat(student.get("history").valueStream().anyMatch(t -> t.has("note")))
                        .as(role + " and the notes")
                        .isEqualTo(notes);
                assertThat(student.get("history").size())
                        .as(role + " sees the moves")
                        .isEqualTo(2);
                String body = student.toString();
                if (row.getValue().isEmpty()) {
                    assertThat(body)
                            .as(role)
                            .doesNotContain(
                                    "Nguyen",
                                    "C44455566",
                                    "2002-07-08",
                                    "nguyen@example.vn",
                                    "VN7654321",
                                    "X1",
                                    "scholarship letter pending",
                                    today().plusDays(20).toString());
                } else {
                    assertThat(body).as(role).contains("Nguyen", "C44455566", "VN7654321", "X1", "scholarship");
                }
            }
            seen.add(role);
        }
        // every role the API knows has its row: a new role cannot be left out of the matrix
        assertThat(seen)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void alertsShowNamesAndDatesOnlyToThoseWhoMaySeeThem() {
        for (var row : MATRIX.entrySet()) {
            String role = row.getKey();
            var answer = http.withRoles(role).get("/api/students/alerts?withinDays=60&size=200");
            assertThat(answer.status()).as(role).isEqualTo(200);
            List<JsonNode> ours = answer.json()
                    .get("items")
                    .valueStream()
                    .filter(a -> college.equals(a.get("college").asString()))
                    .toList();
            assertThat(ours).as(role + ": the visa deadline is counted").isNotEmpty();
            for (JsonNode alert : ours) {
                assertThat(alert.has("document")).isTrue();
                assertThat(alert.has("rule")).isTrue();
                assertThat(alert.has("overdue")).isTrue();
                for (String member :
                        List.of("studentId", "familyName", "givenName", "nationality", "dueDate", "daysLeft")) {
                    assertThat(alert.has(member))
                            .as(role + " and " + member)
                            .isEqualTo(!row.getValue().isEmpty());
                }
            }
        }
    }

    @Test
    void theExportAndNameSearchesAreRefusedWithAProblemDetailToTheOtherRoles() {
        for (var row : MATRIX.entrySet()) {
            String role = row.getKey();
            Http as = http.withRoles(role);
            boolean personal = !row.getValue().isEmpty();
            for (String path : List.of(
                    "/api/students/export?college=" + college,
                    "/api/students?name=Nguy",
                    "/api/students/stats?name=Nguy")) {
                var answer = as.get(path);
                if (personal) {
                    assertThat(answer.status()).as(role + " " + path).isEqualTo(200);
                } else {
                    assertThat(answer.status()).as(role + " " + path).isEqualTo(403);
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(answer.json().get("type").asString()).isEqualTo("urn:intl:problem:forbidden");
                    assertThat(answer.body()).doesNotContain("Nguyen");
                }
            }
            var stats = as.get("/api/students/stats?college=" + college);
            assertThat(stats.status()).as(role + " counts").isEqualTo(200);
            assertThat(stats.json().get("total").asLong()).isEqualTo(1);
        }
    }

    @Test
    void importReportsShowRowErrorsOnlyToThoseWhoMaySeePersonalData() {
        String csv = "familyName,nationality,dateOfBirth,passportNumber,category,college,fundingType\n"
                + "Secret-Name,XX,2002-01-01,P12345678,BACHELOR," + college + ",SELF_FUNDED\n";
        var accepted = http.send("POST", "/api/students/imports", csv, "text/csv");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !http.get(accepted.header("Location"))
                        .json()
                        .get("status")
                        .asString()
                        .equals("RUNNING"));
        for (var row : MATRIX.entrySet()) {
            JsonNode job = http.withRoles(row.getKey())
                    .get(accepted.header("Location"))
                    .json();
            assertThat(job.get("failed").asLong()).as(row.getKey()).isEqualTo(1);
            assertThat(job.has("errors"))
                    .as(row.getKey())
                    .isEqualTo(!row.getValue().isEmpty());
        }
    }

    @Test
    void theAuditLogIsForAdminOnly() {
        for (String role : MATRIX.keySet()) {
            var answer = http.withToken(TestTokens.withRoles(role)).get("/api/audit");
            assertThat(answer.status()).as(role).isEqualTo(role.equals("ADMIN") ? 200 : 403);
        }
    }
}
