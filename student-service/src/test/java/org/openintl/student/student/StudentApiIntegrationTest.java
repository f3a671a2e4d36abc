package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.student.IntegrationTest;

/** The student API over HTTP: lifecycle, optimistic concurrency, idempotent creates, edits, lists and filters. */
class StudentApiIntegrationTest extends IntegrationTest {

    @Test
    void movesThroughTheLifecycleAndPublishesEachStatus() {
        String id = create(student("status", "APPLIED"));
        for (String to : List.of("ADMITTED", "ENROLLED", "SUSPENDED", "ENROLLED", "GRADUATED")) {
            var moved = http.post("/api/students/" + id + "/transitions", Map.of("to", to, "note", "as decided"));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().get("status").asString()).isEqualTo(to);
        }
        var alumnus = get(id);
        assertThat(alumnus.get("history")).hasSize(6);
        assertThat(alumnus.get("history").get(5).get("from").asString()).isEqualTo("ENROLLED");
        assertThat(alumnus.get("history").get(5).get("note").asString()).isEqualTo("as decided");

        var records = awaitExactly(id, 6);
        assertThat(types(records))
                .containsExactly(
                        "intl.student.applied.v1",
                        "intl.student.admitted.v1",
                        "intl.student.enrolled.v1",
                        "intl.student.suspended.v1",
                        "intl.student.enrolled.v1",
                        "intl.student.graduated.v1");
        records.forEach(EventSchemas::assertValid);
        assertThat(records).extracting(r -> header(r, "ce_sequence")).containsExactly("1", "2", "3", "4", "5", "6");
        var suspended = payload(records.get(3));
        assertThat(suspended.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("transition").get("from").asString()).isEqualTo("ENROLLED");
        assertThat(suspended.get("transition").get("date").asString()).isEqualTo(today().toString());
        assertThat(suspended.has("note")).isFalse();
        assertThat(payload(records.get(0)).has("transition")).isFalse();
    }

    @Test
    void illegalMoveIsA409ListingTheAllowedMovesAndChangesNothing() {
        String id = create(student());
        var illegal = http.post("/api/students/" + id + "/transitions", Map.of("to", "GRADUATED"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.header("Content-Type")).startsWith("application/problem+json");
        assertThat(illegal.json().get("type").asString()).isEqualTo("urn:intl:problem:illegal-transition");
        assertThat(illegal.json().get("from").asString()).isEqualTo("ADMITTED");
        assertThat(illegal.json().get("to").asString()).isEqualTo("GRADUATED");
        assertThat(illegal.json().get("allowed").valueStream().map(n -> n.asString()))
                .containsExactly("ENROLLED", "WITHDRAWN");
        var current = http.get("/api/students/" + id);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(current.json().get("status").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void badTransitionsAre400AndChangeNothing() {
        String id = create(student());
        assertThat(http.post("/api/students/" + id + "/transitions", Map.of()).status())
                .isEqualTo(400);
        assertThat(http.post("/api/students/" + id + "/transitions", Map.of("to", "PROMOTED"))
                        .status())
                .isEqualTo(400);
        var future = http.post(
                "/api/students/" + id + "/transitions",
                Map.of("to", "ENROLLED", "date", today().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        var beforeRegistration = http.post(
                "/api/students/" + id + "/transitions",
                Map.of("to", "ENROLLED", "date", today().minusDays(3).toString()));
        assertThat(beforeRegistration.status()).isEqualTo(400);
        assertThat(http.post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED", "note", "x".repeat(501)))
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/students/" + id).header("ETag")).isEqualTo("\"1\"");
        assertThat(http.post("/api/students/" + UUID.randomUUID() + "/transitions", Map.of("to", "ENROLLED"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staleIfMatchIsA412EverywhereAndChangesNothing() {
        String id = create(student());
        var body = student("counselor", "李老师");
        var put = http.put("/api/students/" + id, body, "If-Match", "\"7\"");
        assertThat(put.status()).isEqualTo(412);
        assertThat(put.json().get("type").asString()).isEqualTo("urn:intl:problem:stale-version");
        assertThat(put.header("ETag")).isEqualTo("\"1\"");
        assertThat(http.send(
                                "PATCH",
                                "/api/students/" + id,
                                Map.of("counselor", "x"),
                                "application/merge-patch+json",
                                "If-Match",
                                "\"2\"")
                        .status())
                .isEqualTo(412);
        assertThat(http.post("/api/students/" + id + "/transitions", Map.of("to", "ENROLLED"), "If-Match", "\"0\"")
                        .status())
                .isEqualTo(412);
        assertThat(http.put(
                                "/api/students/" + id + "/documents/PASSPORT",
                                Map.of("number", "E1234567", "issueDate", "2024-01-01", "expiryDate", "2034-01-01"),
                                "If-Match",
                                "\"9\"")
                        .status())
                .isEqualTo(412);
        assertThat(http.put("/api/students/" + id, body, "If-Match", "not-an-etag")
                        .status())
                .isEqualTo(412);
        assertThat(http.get("/api/students/" + id).header("ETag")).isEqualTo("\"1\"");

        var ok = http.put("/api/students/" + id, body, "If-Match", "\"1\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void putReplacesAndPublishesUpdatedOnlyWhenSubscribersSeeAChange() {
        String passport = passportNumber();
        String id = create(student("passportNumber", passport));
        var withoutIfMatch = http.put("/api/students/" + id, student("passportNumber", passport));
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        assertThat(withoutIfMatch.json().get("type").asString()).isEqualTo("urn:intl:problem:precondition-required");
        var moved = http.put(
                "/api/students/" + id,
                student("passportNumber", passport, "college", "School of Law", "program", null, "counselor", "李老师"),
                "If-Match",
                "\"1\"");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("college").asString()).isEqualTo("School of Law");
        assertThat(moved.json().has("program")).isFalse();

        var personalOnly = http.put(
                "/api/students/" + id,
                student("passportNumber", "N55554444", "college", "School of Law", "program", null, "counselor", "李老师"),
                "If-Match",
                "\"2\"");
        assertThat(personalOnly.status()).isEqualTo(200);
        assertThat(personalOnly.header("ETag")).isEqualTo("\"3\"");
        assertThat(personalOnly.json().get("passportNumber").asString()).isEqualTo("N55554444");

        var unchanged = http.put(
                "/api/students/" + id,
                student("passportNumber", "N55554444", "college", "School of Law", "program", null, "counselor", "李老师"),
                "If-Match",
                "\"3\"");
        assertThat(unchanged.header("ETag")).isEqualTo("\"3\"");

        var records = awaitExactly(id, 2);
        assertThat(types(records)).containsExactly("intl.student.admitted.v1", "intl.student.updated.v1");
        EventSchemas.assertValid(records.get(1));
        assertThat(payload(records.get(1)).get("college").asString()).isEqualTo("School of Law");
        assertThat(payload(records.get(1)).get("counselor").asString()).isEqualTo("李老师");
    }

    @Test
    void invalidReplacementsAre400AndChangeNothing() {
        String id = create(student());
        var status = http.put("/api/students/" + id, student("status", "ENROLLED"), "If-Match", "\"1\"");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        var nationality = http.put("/api/students/" + id, student("nationality", "ZZ"), "If-Match", "\"1\"");
        assertThat(nationality.status()).isEqualTo(400);
        var missing = http.put("/api/students/" + id, student("college", null), "If-Match", "\"1\"");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("college");
        var unknownPartnership = http.put(
                "/api/students/" + id,
                student("partnershipId", UUID.randomUUID().toString()),
                "If-Match",
                "\"1\"");
        assertThat(unknownPartnership.status()).isEqualTo(422);
        var current = http.get("/api/students/" + id);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
        assertThat(current.json().get("status").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void patchMergesAndRemovesMembers() {
        String id = create(student());
        Map<String, Object> patch = new HashMap<>();
        patch.put("counselor", "朴老师");
        patch.put("program", null);
        patch.put("contact", Map.of("phone", "+86 138 0000 0000"));
        var patched = http.send("PATCH", "/api/students/" + id, patch, "application/merge-patch+json");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        var s = patched.json();
        assertThat(s.get("counselor").asString()).isEqualTo("朴老师");
        assertThat(s.has("program")).isFalse();
        assertThat(s.get("contact").get("phone").asString()).isEqualTo("+86 138 0000 0000");
        assertThat(s.get("contact").get("email").asString()).isEqualTo("minji.kim@example.org");
        assertThat(s.get("familyName").asString()).isEqualTo("Kim");

        var plainJson = http.send("PATCH", "/api/students/" + id, Map.of("givenName", "Min-ji"), "application/json");
        assertThat(plainJson.status()).isEqualTo(200);
        assertThat(plainJson.json().get("givenName").asString()).isEqualTo("Min-ji");
    }

    @Test
    void badPatchesAre400AndChangeNothing() {
        String id = create(student());
        var badDate = http.send(
                "PATCH", "/api/students/" + id, Map.of("dateOfBirth", "yesterday"), "application/merge-patch+json");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
        var removeRequired = new HashMap<String, Object>();
        removeRequired.put("familyName", null);
        var missing = http.send("PATCH", "/api/students/" + id, removeRequired, "application/merge-patch+json");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("familyName");
        var notObject = http.send("PATCH", "/api/students/" + id, "[1]", "application/merge-patch+json");
        assertThat(notObject.status()).isEqualTo(400);
        var unknownPartnership = http.send(
                "PATCH",
                "/api/students/" + id,
                Map.of("partnershipId", UUID.randomUUID().toString()),
                "application/json");
        assertThat(unknownPartnership.status()).isEqualTo(422);
        assertThat(http.get("/api/students/" + id).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void idempotencyKeyReturnsTheFirstStudentAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String college = unique("College-of-Retries");
        var body = student("college", college);
        var first = http.post("/api/students", body, "Idempotency-Key", key);
        var retry = http.post("/api/students", body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        var other =
                http.post("/api/students", student("college", college, "familyName", "Park"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:intl:problem:idempotency-key-reused");
        assertThat(count("college=" + college)).isEqualTo(1);
        awaitExactly(first.json().get("id").asString(), 1);
    }

    @Test
    void everyValidationRuleIsA400AndStoresNothing() {
        String college = unique("College-of-Validation");
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("familyName", new Object[] {"familyName", null});
        cases.put("familyName ", new Object[] {"familyName", "x".repeat(101)});
        cases.put("nationality", new Object[] {"nationality", "XX"});
        cases.put("nationality  ", new Object[] {"nationality", "CN"});
        cases.put("nationality   ", new Object[] {"nationality", null});
        cases.put("gender", new Object[] {"gender", "OTHER"});
        cases.put("dateOfBirth", new Object[] {"dateOfBirth", null});
        cases.put(
                "dateOfBirth ", new Object[] {"dateOfBirth", today().plusDays(1).toString()});
        cases.put(
                "dateOfBirth  ",
                new Object[] {"dateOfBirth", today().minusYears(5).toString()});
        cases.put("dateOfBirth   ", new Object[] {"dateOfBirth", "1900-01-01"});
        cases.put("dateOfBirth    ", new Object[] {"dateOfBirth", "2003-02-30"});
        cases.put("passportNumber", new Object[] {"passportNumber", "E-123"});
        cases.put("passportNumber ", new Object[] {"passportNumber", null});
        cases.put("category", new Object[] {"category", null});
        cases.put("category ", new Object[] {"category", "POSTDOC"});
        cases.put("college", new Object[] {"college", " "});
        cases.put("funding", new Object[] {"funding", null});
        cases.put("funding.type", new Object[] {"funding", Map.of("program", "x")});
        cases.put("funding.program", new Object[] {"funding", Map.of("type", "CSC")});
        cases.put("partnershipId", new Object[] {"partnershipId", "not-a-uuid"});
        cases.put("contact.email", new Object[] {"contact", Map.of("email", "not-an-address")});
        cases.put("contact.phone", new Object[] {"contact", Map.of("phone", "call me")});
        cases.put(
                "accommodationSince",
                new Object[] {"accommodationSince", today().plusDays(2).toString()});
        // a student created as ENROLLED needs the day they enrolled (docs/student-service.md, "Students as they are")
        cases.put("enrolledOn", new Object[] {"status", "ENROLLED"});
        cases.put("admittedOn", new Object[] {"admittedOn", today().plusDays(1).toString()});
        cases.forEach((field, override) -> {
            var r = http.post("/api/students", student("college", college, (String) override[0], override[1]));
            assertThat(r.status()).as(field + " " + r).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("errors").get(0).get("field").asString())
                    .as(r.toString())
                    .isEqualTo(field.strip());
        });
        var malformed = http.post("/api/students", "{\"familyName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("urn:intl:problem:malformed-request");
        var xml = http.send("POST", "/api/students", "<student/>", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        var badKey = http.post("/api/students", student("college", college), "Idempotency-Key", "k".repeat(201));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(count("college=" + college)).isZero();
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        var unknown = http.get("/api/students/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:intl:problem:not-found");
        assertThat(http.get("/api/students/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void pagesAreBounded() {
        assertThat(http.get("/api/students?size=201").status()).isEqualTo(400);
        assertThat(http.get("/api/students?size=0").status()).isEqualTo(400);
        assertThat(http.get("/api/students?page=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/students?status=DREAMING").status()).isEqualTo(400);
        var page = http.get("/api/students?size=200");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("size").asInt()).isEqualTo(200);
        assertThat(page.json().get("page").asInt()).isZero();
    }

    @Test
    void listFiltersCombine() {
        String college = unique("College-of-Filters");
        UUID partnership = activePartnership();
        String kim = create(student("college", college, "partnershipId", partnership.toString()));
        String ivanov = create(student(
                "college",
                college,
                "familyName",
                "Ivanov",
                "givenName",
                "Pavel",
                "chineseName",
                "伊万",
                "nationality",
                "ru",
                "category",
                "MASTER",
                "funding",
                Map.of("type", "SELF_FUNDED"),
                "counselor",
                "Dr. Wang"));
        String okafor = create(student(
                "college",
                college,
                "familyName",
                "Okafor",
                "givenName",
                "Chidi",
                "chineseName",
                null,
                "nationality",
                "NG",
                "status",
                "APPLIED",
                "category",
                "DOCTORAL"));
        http.post("/api/students/" + kim + "/transitions", Map.of("to", "ENROLLED"));

        String c = "college=" + college;
        assertThat(ids(c)).containsExactlyInAnyOrder(kim, ivanov, okafor);
        assertThat(ids(c + "&status=ENROLLED")).containsExactly(kim);
        assertThat(ids(c + "&status=ENROLLED&status=APPLIED")).containsExactlyInAnyOrder(kim, okafor);
        assertThat(ids(c + "&nationality=ru")).containsExactly(ivanov);
        assertThat(ids(c + "&continent=AFRICA")).containsExactly(okafor);
        assertThat(ids(c + "&category=MASTER")).containsExactly(ivanov);
        assertThat(ids(c + "&funding=SELF_FUNDED")).containsExactly(ivanov);
        assertThat(ids(c + "&counselor=Dr.%20Wang")).containsExactly(ivanov);
        assertThat(ids(c + "&partnershipId=" + partnership)).containsExactly(kim);
        assertThat(ids(c + "&name=okaf")).containsExactly(okafor);
        assertThat(ids(c + "&name=%E4%BC%8A")).containsExactly(ivanov); // 伊
        assertThat(ids(c + "&name=.*")).isEmpty();
        assertThat(ids(c + "&continent=ASIA&category=BACHELOR")).containsExactly(kim);
        var page = http.get("/api/students?" + c + "&size=2&page=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(ids(c)).as("sorted by family name").containsExactly(ivanov, kim, okafor);
    }

    private List<String> ids(String query) {
        var r = http.get("/api/students?size=200&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json()
                .get("items")
                .valueStream()
                .map(n -> n.get("id").asString())
                .toList();
    }
}
