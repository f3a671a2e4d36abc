package org.openintl.student.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EventSchemas;
import org.openintl.student.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Immigration documents over HTTP, with the clock moved forward: the deadlines they create, the alerts list, and one
 * {@code document-expiring} event per deadline and window whoever notices it (update, scans running concurrently).
 */
class DeadlinesIntegrationTest extends IntegrationTest {

    @Autowired
    DeadlineScanner scanner;

    @Test
    void aDocumentAlreadyInAWindowIsAnnouncedByTheUpdateItselfOnce() {
        String id = create(student());
        var filed = putDocument(id, "PASSPORT", passport(today().plusDays(45)));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.json().get("deadlines").get(0).get("rule").asString()).isEqualTo("PASSPORT_EXPIRY");

        putDocument(id, "PASSPORT", passport(today().plusDays(45))); // the same passport again
        scanner.scan();

        var records = awaitExactly(id, 2);
        assertThat(types(records)).containsExactly("intl.student.admitted.v1", "intl.student.document-expiring.v1");
        EventSchemas.assertValid(records.get(1));
        JsonNode document = payload(records.get(1)).get("document");
        assertThat(document.get("type").asString()).isEqualTo("PASSPORT");
        assertThat(document.get("rule").asString()).isEqualTo("PASSPORT_EXPIRY");
        assertThat(document.get("window").asInt()).isEqualTo(60);
        assertThat(document.get("daysLeft").asInt()).isEqualTo(45);
        assertThat(new String(records.get(1).value())).doesNotContain("E1234567");
    }

    @Test
    void concurrentScansPublishEachWindowOnce() throws Exception {
        String first = create(student());
        String second = create(student());
        putDocument(first, "RESIDENCE_PERMIT", permit(today().minusDays(300), today().plusDays(100)));
        putDocument(second, "RESIDENCE_PERMIT", permit(today().minusDays(300), today().plusDays(70)));
        scanner.scan();

        clock.advance(Duration.ofDays(45)); // 55 and 25 days left
        runConcurrently(4, scanner::scan);
        clock.advance(Duration.ofDays(20)); // 35 and 5 days left
        runConcurrently(4, scanner::scan);
        runConcurrently(2, scanner::scan);

        var firsts = awaitExactly(first, 2);
        assertThat(windows(firsts)).containsExactly(60);
        var seconds = awaitExactly(second, 3);
        assertThat(windows(seconds)).containsExactly(30, 7);
        seconds.forEach(EventSchemas::assertValid);
    }

    @Test
    void x1VisaNeedsAResidencePermitWithin30DaysOfEntry() {
        String id = create(student());
        var visa = putDocument(
                id,
                "VISA",
                Map.of(
                        "visaCategory", "X1",
                        "number", "X1234567",
                        "issueDate", today().minusDays(40).toString(),
                        "expiryDate", today().plusDays(50).toString(),
                        "entryDate", today().minusDays(5).toString()));
        assertThat(visa.status()).as(visa.toString()).isEqualTo(200);
        JsonNode deadline = visa.json().get("deadlines").get(0);
        assertThat(deadline.get("rule").asString()).isEqualTo("X1_RESIDENCE_PERMIT");
        assertThat(deadline.get("dueDate").asString())
                .isEqualTo(today().plusDays(25).toString());

        var permit = putDocument(id, "RESIDENCE_PERMIT", permit(today(), today().plusDays(365)));
        assertThat(permit.json()
                        .get("deadlines")
                        .valueStream()
                        .map(d -> d.get("rule").asString()))
                .doesNotContain("X1_RESIDENCE_PERMIT");
        var records = awaitExactly(id, 2);
        assertThat(payload(records.get(1)).get("document").get("rule").asString())
                .isEqualTo("X1_RESIDENCE_PERMIT");
        assertThat(payload(records.get(1)).get("document").get("window").asInt())
                .isEqualTo(30);
    }

    @Test
    void accommodationMustBeRegisteredWithin24HoursOfAMove() {
        String id = create(student());
        var moved = http.send(
                "PATCH", "/api/students/" + id, Map.of("accommodationSince", today().toString()), "application/json");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("deadlines").get(0).get("dueDate").asString())
                .isEqualTo(today().plusDays(1).toString());

        var alerts = http.get("/api/students/alerts?withinDays=1&size=200").json();
        assertThat(alerts.get("items")
                        .valueStream()
                        .filter(a -> a.get("studentId").asString().equals(id)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.get("rule").asString()).isEqualTo("ACCOMMODATION_REGISTRATION");
                    assertThat(a.get("daysLeft").asInt()).isEqualTo(1);
                    assertThat(a.get("familyName").asString()).isEqualTo("Kim");
                });

        var registered = putDocument(id, "ACCOMMODATION_REGISTRATION", Map.of("issueDate", today().toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("deadlines")).isEmpty();
        // the move is no news for subscribers (not in the payload), the deadline is
        assertThat(types(awaitExactly(id, 2)))
                .containsExactly("intl.student.admitted.v1", "intl.student.document-expiring.v1");
    }

    @Test
    void alertsListWhatIsDueSoonestFirstWithTheRule() {
        String counselor = unique("Counselor");
        String late = create(student("counselor", counselor));
        String soon = create(student("counselor", counselor));
        putDocument(late, "PASSPORT", passport(today().plusDays(50)));
        putDocument(soon, "RESIDENCE_PERMIT", permit(today().minusDays(300), today().plusDays(10)));

        var within30 = http.get("/api/students/alerts?withinDays=30&counselor=" + counselor);
        assertThat(within30.status()).isEqualTo(200);
        assertThat(within30.json()
                        .get("items")
                        .valueStream()
                        .map(a -> a.get("studentId").asString()))
                .containsExactly(soon);
        var within60 = http.get("/api/students/alerts?withinDays=60&counselor=" + counselor)
                .json();
        assertThat(within60.get("items").valueStream().map(a -> a.get("rule").asString()))
                .containsExactly("RESIDENCE_PERMIT_EXPIRY", "PASSPORT_EXPIRY");
        assertThat(within60.get("total").asLong()).isEqualTo(2);

        clock.advance(Duration.ofDays(12));
        var overdue = http.get("/api/students/alerts?withinDays=0&counselor=" + counselor)
                .json();
        assertThat(overdue.get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("items").get(0).get("daysLeft").asInt()).isEqualTo(-2);

        assertThat(http.get("/api/students/alerts?withinDays=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/students/alerts?withinDays=367").status()).isEqualTo(400);
        assertThat(http.get("/api/students/alerts?withinDays=soon").status()).isEqualTo(400);
        assertThat(http.get("/api/students/alerts?size=500").status()).isEqualTo(400);
    }

    @Test
    void leavingTheUniversityEndsTheDeadlines() {
        String id = create(student());
        putDocument(id, "PASSPORT", passport(today().plusDays(20)));
        var withdrawn = http.post("/api/students/" + id + "/transitions", Map.of("to", "WITHDRAWN"));
        assertThat(withdrawn.json().get("deadlines")).isEmpty();
        clock.advance(Duration.ofDays(15));
        scanner.scan();
        assertThat(types(awaitExactly(id, 3)))
                .containsExactly(
                        "intl.student.admitted.v1", "intl.student.document-expiring.v1", "intl.student.withdrawn.v1");
    }

    @Test
    void invalidDocumentsAre400AndChangeNothing() {
        String id = create(student());
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("expiryDate", Map.of("number", "E1234567", "issueDate", "2024-01-01"));
        cases.put("issueDate", Map.of("number", "E1234567", "expiryDate", "2034-01-01"));
        cases.put("number", Map.of("issueDate", "2024-01-01", "expiryDate", "2034-01-01"));
        cases.put("number ", Map.of("number", "E 12", "issueDate", "2024-01-01", "expiryDate", "2034-01-01"));
        cases.put("expiryDate ", Map.of("number", "E1234567", "issueDate", "2024-01-01", "expiryDate", "2023-01-01"));
        cases.put(
                "issueDate ",
                Map.of("number", "E1234567", "issueDate", today().plusDays(1).toString(), "expiryDate", "2040-01-01"));
        cases.put(
                "visaCategory",
                Map.of(
                        "number",
                        "E1234567",
                        "issueDate",
                        "2024-01-01",
                        "expiryDate",
                        "2034-01-01",
                        "visaCategory",
                        "X1"));
        cases.put(
                "entryDate",
                Map.of(
                        "number",
                        "E1234567",
                        "issueDate",
                        "2024-01-01",
                        "expiryDate",
                        "2034-01-01",
                        "entryDate",
                        "2024-02-01"));
        cases.put("expiryDate  ", Map.of("number", "E1234567", "issueDate", "2024-01-01", "expiryDate", "someday"));
        cases.forEach((field, body) -> {
            var r = putDocument(id, "PASSPORT", body);
            assertThat(r.status()).as(field + " " + r).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field.strip());
        });
        var visaWithoutCategory = putDocument(
                id, "VISA", Map.of("number", "V1234567", "issueDate", "2024-01-01", "expiryDate", "2034-01-01"));
        assertThat(visaWithoutCategory.status()).isEqualTo(400);
        var entryBeforeIssue = putDocument(
                id,
                "VISA",
                Map.of(
                        "visaCategory", "X2",
                        "number", "V1234567",
                        "issueDate", "2024-01-01",
                        "expiryDate", "2034-01-01",
                        "entryDate", "2023-12-01"));
        assertThat(entryBeforeIssue.status()).isEqualTo(400);
        assertThat(putDocument(id, "DRIVING_LICENCE", passport(today().plusDays(900)))
                        .status())
                .isEqualTo(400);
        assertThat(http.get("/api/students/" + id).header("ETag")).isEqualTo("\"1\"");
        assertThat(get(id).get("documents")).isEmpty();
    }

    private org.openintl.platform.testing.Http.Response putDocument(String id, String type, Map<String, ?> body) {
        return http.put("/api/students/" + id + "/documents/" + type, body);
    }

    private Map<String, Object> passport(java.time.LocalDate expiry) {
        return Map.of(
                "number", "E1234567", "issueDate", expiry.minusYears(10).toString(), "expiryDate", expiry.toString());
    }

    private static Map<String, Object> permit(java.time.LocalDate issued, java.time.LocalDate expiry) {
        return Map.of("number", "RP998877", "issueDate", issued.toString(), "expiryDate", expiry.toString());
    }

    private static List<Integer> windows(
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(r -> "intl.student.document-expiring.v1".equals(header(r, "ce_type")))
                .map(r -> payload(r).get("document").get("window").asInt())
                .toList();
    }

    private static void runConcurrently(int threads, Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    task.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
