package org.openintl.faculty.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines of experts' documents: derived when a document is filed, announced once per window (by the filing itself
 * or by the scans, however many run at once), listed at {@code /api/experts/alerts} by role.
 */
class ExpertDeadlinesIntegrationTest extends IntegrationTest {

    @Autowired
    DeadlineScanner scanner;

    private String contractedExpert() {
        String id = created(officer, "/api/experts", contracted(today(), 2));
        move("/api/experts/" + id, "to", "CONTRACTED");
        return id;
    }

    private JsonNode file(String id, String type, Object... fields) {
        var r = officer.put("/api/experts/" + id + "/documents/" + type, with(new java.util.LinkedHashMap<>(), fields));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aWorkPermitRenewalIsDue30DaysBeforeExpiryAndAnnouncedOncePerWindow() {
        String id = contractedExpert();
        var answer = file(
                id,
                "WORK_PERMIT",
                "number",
                "WP-2026-0001",
                "issueDate",
                today().minusYears(1).toString(),
                "expiryDate",
                today().plusDays(40).toString());
        assertThat(answer.get("deadlines").findValuesAsString("rule")).contains("WORK_PERMIT_RENEWAL");

        var records = awaitExactly(id, 3);
        assertThat(types(records))
                .containsExactly(
                        "intl.expert.registered.v1", "intl.expert.contracted.v1", "intl.expert.document-expiring.v1");
        JsonNode warning = payload(records.get(2)).get("document");
        assertThat(warning.get("rule").asString()).isEqualTo("WORK_PERMIT_RENEWAL");
        assertThat(warning.get("dueDate").asString())
                .isEqualTo(today().plusDays(10).toString());
        assertThat(warning.get("window").asInt()).isEqualTo(30);
        assertThat(payload(records.get(2)).toString()).doesNotContain("WP-2026-0001");

        runConcurrently(4, scanner::scan);
        awaitExactly(id, 3);

        clock.advance(Duration.ofDays(4)); // 6 days left: the 7-day window
        runConcurrently(4, scanner::scan);
        runConcurrently(2, scanner::scan);
        var later = awaitExactly(id, 4);
        assertThat(payload(later.get(3)).get("document").get("window").asInt()).isEqualTo(7);
        assertThat(payload(later.get(3)).get("document").get("daysLeft").asLong())
                .isEqualTo(6);
    }

    @Test
    void aZVisaNeedsAResidencePermitWithin30DaysOfEntryUntilOneIsFiled() {
        String id = contractedExpert();
        file(
                id,
                "Z_VISA",
                "number",
                "Z1234567",
                "issueDate",
                today().minusDays(40).toString(),
                "expiryDate",
                today().plusDays(50).toString(),
                "entryDate",
                today().minusDays(25).toString());
        var records = awaitExactly(id, 3);
        assertThat(payload(records.get(2)).get("document").get("rule").asString())
                .isEqualTo("Z_VISA_RESIDENCE_PERMIT");
        assertThat(payload(records.get(2)).get("document").get("dueDate").asString())
                .isEqualTo(today().plusDays(5).toString());

        var resolved = file(
                id,
                "RESIDENCE_PERMIT",
                "number",
                "RP-778899",
                "issueDate",
                today().toString(),
                "expiryDate",
                today().plusYears(1).toString());
        assertThat(resolved.get("deadlines").findValuesAsString("rule"))
                .doesNotContain("Z_VISA_RESIDENCE_PERMIT")
                .contains("RESIDENCE_PERMIT_EXPIRY", "CONTRACT_RENEWAL_DECISION");
        awaitExactly(id, 3);
    }

    @Test
    void alertsListDueDeadlinesWithNamesOnlyForTheOffice() {
        String id = contractedExpert();
        var expert = get("/api/experts/" + id);
        var replaced = officer.put(
                "/api/experts/" + id,
                contracted(
                        java.time.LocalDate.parse(expert.get("contractStart").asString()),
                        2,
                        "passportNumber",
                        expert.get("passportNumber").asString(),
                        "accommodationSince",
                        today().toString()),
                "If-Match",
                "\"2\"");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);

        var mine = alerts(officer.get("/api/experts/alerts?withinDays=3&size=200"), id);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("rule").asString()).isEqualTo("ACCOMMODATION_REGISTRATION");
        assertThat(mine.get(0).get("name").asString()).isEqualTo("Anna Schmidt");
        assertThat(mine.get(0).get("dueDate").asString())
                .isEqualTo(today().plusDays(1).toString());

        var viewer = http.withRoles("VIEWER").get("/api/experts/alerts?withinDays=3&size=200");
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.body()).doesNotContain(id).doesNotContain("Schmidt");
        assertThat(viewer.json().get("items").findValuesAsString("rule")).contains("ACCOMMODATION_REGISTRATION");

        file(id, "ACCOMMODATION_REGISTRATION", "issueDate", today().toString());
        assertThat(alerts(officer.get("/api/experts/alerts?withinDays=3&size=200"), id))
                .isEmpty();

        for (String bad : new String[] {"-1", "367", "soon"}) {
            var r = officer.get("/api/experts/alerts?withinDays=" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void theContractRenewalDecisionIsDue90DaysBeforeTheEnd() {
        String id = created(officer, "/api/experts", contracted(today().minusYears(1), 1, "nationality", "KZ"));
        move("/api/experts/" + id, "to", "CONTRACTED");
        var records = awaitExactly(id, 3);
        JsonNode warning = payload(records.get(2)).get("document");
        assertThat(warning.get("type").asString()).isEqualTo("CONTRACT");
        assertThat(warning.get("rule").asString()).isEqualTo("CONTRACT_RENEWAL_DECISION");
        assertThat(warning.get("daysLeft").asLong()).isNegative();
        assertThat(payload(records.get(2)).get("beltAndRoad").asBoolean()).isTrue();
    }

    @Test
    void badDocumentsAreRefusedAndChangeNothing() {
        String id = contractedExpert();
        List<Map<String, Object>> bad = List.of(
                Map.of(
                        "issueDate",
                        today().toString(),
                        "expiryDate",
                        today().plusYears(1).toString()),
                Map.of(
                        "number",
                        "W1",
                        "issueDate",
                        today().toString(),
                        "expiryDate",
                        today().plusYears(1).toString()),
                Map.of(
                        "number",
                        "WP-0001",
                        "issueDate",
                        today().plusDays(1).toString(),
                        "expiryDate",
                        today().plusYears(1).toString()),
                Map.of(
                        "number",
                        "WP-0001",
                        "issueDate",
                        today().toString(),
                        "expiryDate",
                        today().minusDays(1).toString()),
                Map.of("number", "WP-0001", "issueDate", today().toString()),
                Map.of(
                        "number",
                        "WP-0001",
                        "issueDate",
                        today().toString(),
                        "expiryDate",
                        today().plusYears(1).toString(),
                        "entryDate",
                        today().toString()),
                Map.of(
                        "number",
                        "WP-0001",
                        "issueDate",
                        "yesterday",
                        "expiryDate",
                        today().plusYears(1).toString()));
        for (Map<String, Object> body : bad) {
            var r = officer.put("/api/experts/" + id + "/documents/WORK_PERMIT", body);
            assertThat(r.status()).as(body.toString()).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(officer.put("/api/experts/" + id + "/documents/CONTRACT", Map.of("issueDate", today().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(officer.put("/api/experts/" + id + "/documents/DIPLOMA", Map.of("issueDate", today().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(get("/api/experts/" + id).get("documents")).isEmpty();
        assertThat(http.get("/api/experts/" + id).header("ETag")).isEqualTo("\"2\"");
        awaitExactly(id, 2);
    }

    private static List<JsonNode> alerts(org.openintl.platform.testing.Http.Response r, String id) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        r.json().get("items").forEach(a -> {
            if (a.has("expertId") && id.equals(a.get("expertId").asString())) {
                mine.add(a);
            }
        });
        return mine;
    }

    private static void runConcurrently(int n, Runnable task) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(CompletableFuture.runAsync(task));
        }
        all.forEach(CompletableFuture::join);
    }
}
