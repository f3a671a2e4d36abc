package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.Http;
import org.openintl.platform.testing.TestTokens;
import org.openintl.student.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code intl.students.access.counselor-scope: assigned}: a counselor sees the personal data of, and changes, only
 * the students whose {@code counselor} is their user name; ADMIN is not limited. (The default scope, {@code all}, is
 * what every other test runs with.)
 */
@TestPropertySource(properties = "intl.students.access.counselor-scope=assigned")
class AssignedCounselorScopeIntegrationTest extends IntegrationTest {

    @Test
    void aCounselorReadsAndChangesOnlyTheirOwnStudents() {
        String college = unique("College-of-Assignments");
        Http mei = http.withToken(
                TestTokens.token().subject("mei").roles("STUDENT_COUNSELOR").sign());
        Http li = http.withToken(
                TestTokens.token().subject("li").roles("STUDENT_COUNSELOR").sign());

        var own = mei.post("/api/students", student("college", college, "counselor", "mei", "familyName", "Park"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        String meis = own.json().get("id").asString();
        var forOther = mei.post("/api/students", student("college", college, "counselor", "li"));
        assertThat(forOther.status())
                .as("registering a student for someone else")
                .isEqualTo(403);
        assertThat(forOther.json().get("type").asString()).isEqualTo("urn:intl:problem:forbidden");
        String lis = create(student("college", college, "counselor", "li", "familyName", "Sato")); // as ADMIN

        assertThat(mei.get("/api/students/" + meis).json().has("passportNumber"))
                .isTrue();
        var foreign = mei.get("/api/students/" + lis);
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.json().has("passportNumber"))
                .as("another counselor's student")
                .isFalse();
        assertThat(foreign.json().has("familyName")).isFalse();
        assertThat(li.get("/api/students/" + lis).json().get("familyName").asString())
                .isEqualTo("Sato");

        var change = mei.post("/api/students/" + lis + "/transitions", Map.of("to", "ENROLLED"));
        assertThat(change.status()).isEqualTo(403);
        assertThat(get(lis).get("status").asString()).as("nothing changed").isEqualTo("ADMITTED");
        assertThat(mei.send("PATCH", "/api/students/" + lis, Map.of("program", "Law"), "application/merge-patch+json")
                        .status())
                .isEqualTo(403);
        assertThat(mei.post("/api/students/" + meis + "/transitions", Map.of("to", "ENROLLED"))
                        .status())
                .isEqualTo(200);

        var export = mei.get("/api/students/export?college=" + college);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Park").doesNotContain("Sato");
        assertThat(mei.get("/api/students/export?counselor=li").status()).isEqualTo(403);
        assertThat(mei.get("/api/students?college=" + college + "&name=Sato")
                        .json()
                        .get("total")
                        .asLong())
                .as("a name search stays within the counselor's students")
                .isZero();
        assertThat(mei.send("POST", "/api/students/imports", "familyName\n", "text/csv")
                        .status())
                .as("imports register students for anyone: ADMIN only under this scope")
                .isEqualTo(403);

        assertThat(http.get("/api/students/export?college=" + college).body())
                .as("ADMIN is not limited")
                .contains("Park", "Sato");
        assertThat(http.post("/api/students/" + lis + "/transitions", Map.of("to", "ENROLLED"))
                        .status())
                .isEqualTo(200);
    }
}
