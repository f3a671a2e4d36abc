package org.openintl.faculty.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openintl.faculty.IntegrationTest;
import org.openintl.faculty.alert.ReportScanner;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff trips through HTTP: the host and the agreement checked against the projection of partnership-service's
 * events, the approval and the journey, the report due 30 days after the return and its overdue raised once.
 */
class StaffTripIntegrationTest extends IntegrationTest {

    @Autowired
    ReportScanner scanner;

    static Map<String, Object> trip(LocalDate start, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("staffId", "T" + UUID.randomUUID().toString().substring(0, 6));
        body.put("staffName", "李明");
        body.put("college", "School of Foreign Languages");
        body.put("countries", List.of("kr"));
        body.put("hostInstitution", "Seoul National University");
        body.put("purpose", "DELEGATION");
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(6).toString());
        body.put("fundingSource", "UNIVERSITY");
        body.put("fundingAmount", 38000);
        return with(body, overrides);
    }

    private String returned(Agreement a, LocalDate start) {
        String id = created(
                officer,
                "/api/staff-trips",
                trip(
                        start,
                        "hostPartnerId",
                        a.partnerId().toString(),
                        "partnershipId",
                        a.partnershipId().toString()));
        move("/api/staff-trips/" + id, "to", "SUBMITTED");
        move("/api/staff-trips/" + id, "to", "APPROVED", "approvalNumber", "WS-2026-118");
        move("/api/staff-trips/" + id, "to", "DEPARTED");
        move("/api/staff-trips/" + id, "to", "RETURNED");
        return id;
    }

    @Test
    void aTripUnderAnAgreementGoesFromDraftToReportWithOneEventPerMove() {
        Agreement a = activeAgreement();
        String id = returned(a, today());
        var trip = get("/api/staff-trips/" + id);
        assertThat(trip.get("reportDueOn").asString())
                .isEqualTo(today().plusDays(30).toString());
        assertThat(trip.get("countries").get(0).asString()).isEqualTo("KR");
        var reported = move("/api/staff-trips/" + id, "to", "REPORTED", "report", "Signed a new exchange plan.");
        assertThat(reported.get("report").asString()).isEqualTo("Signed a new exchange plan.");

        var records = awaitExactly(id, 6);
        assertThat(types(records))
                .containsExactly(
                        "intl.staff-trip.drafted.v1",
                        "intl.staff-trip.submitted.v1",
                        "intl.staff-trip.approved.v1",
                        "intl.staff-trip.departed.v1",
                        "intl.staff-trip.returned.v1",
                        "intl.staff-trip.reported.v1");
        var returnedEvent = payload(records.get(4));
        assertThat(returnedEvent.get("partnershipId").asString())
                .isEqualTo(a.partnershipId().toString());
        assertThat(returnedEvent.get("hostPartnerId").asString())
                .isEqualTo(a.partnerId().toString());
        assertThat(returnedEvent.get("approvalNumber").asString()).isEqualTo("WS-2026-118");
        assertThat(returnedEvent.get("reportDueOn").asString())
                .isEqualTo(today().plusDays(30).toString());
        String all = records.stream().map(r -> payload(r).toString()).reduce("", String::concat);
        assertThat(all).doesNotContain("李明").doesNotContain("38000").doesNotContain("exchange plan");
    }

    @Test
    void anOverdueReportIsRaisedOnceHoweverManyScansRun() {
        Agreement a = activeAgreement();
        String id = returned(a, today());
        clock.advance(Duration.ofDays(30));
        runConcurrently(4, scanner::scan);
        awaitExactly(id, 5);
        clock.advance(Duration.ofDays(2)); // the due day has passed
        runConcurrently(4, scanner::scan);
        runConcurrently(2, scanner::scan);
        var records = awaitExactly(id, 6);
        assertThat(types(records).get(5)).isEqualTo("intl.staff-trip.report-overdue.v1");
        assertThat(payload(records.get(5)).get("daysOverdue").asLong()).isEqualTo(2);
        assertThat(get("/api/staff-trips/" + id).get("reportOverdue").asBoolean())
                .isTrue();
        assertThat(get("/api/faculty/stats").get("trips").get("reportsOverdue").asLong())
                .isPositive();

        move("/api/staff-trips/" + id, "to", "REPORTED", "report", "Late, but here.");
        assertThat(get("/api/staff-trips/" + id).get("reportOverdue").asBoolean())
                .isFalse();
        runConcurrently(2, scanner::scan);
        assertThat(types(awaitExactly(id, 7)).get(6)).isEqualTo("intl.staff-trip.reported.v1");
    }

    @Test
    void theHostAndTheAgreementMustBeKnownUsableAndBelongTogether() {
        Agreement a = activeAgreement();
        Agreement other = activeAgreement();
        UUID unknown = UUID.randomUUID();
        UUID archived = UUID.randomUUID();
        publishPartner(archived, 1, "registered", false);
        publishPartner(archived, 2, "archived", true);
        UUID proposed = UUID.randomUUID();
        publishPartnership(proposed, 1, "created", "PROPOSED", a.partnerId());
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "PROPOSED".equals(projectionStatus(proposed)));

        record Case(String field, Object[] overrides) {}
        List<Case> cases = List.of(
                new Case("hostPartnerId", new Object[] {"hostPartnerId", unknown.toString()}),
                new Case("partnershipId", new Object[] {"partnershipId", unknown.toString()}),
                new Case("partnershipId", new Object[] {"partnershipId", proposed.toString()}),
                new Case("hostPartnerId", new Object[] {
                    "hostPartnerId",
                    a.partnerId().toString(),
                    "partnershipId",
                    other.partnershipId().toString()
                }));
        for (Case c : cases) {
            var r = officer.post("/api/staff-trips", trip(today(), c.overrides()));
            assertThat(r.status()).as(c.toString()).isEqualTo(422);
            assertThat(r.json().toString()).as(c.toString()).contains(c.field());
        }
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                officer.post("/api/staff-trips", trip(today(), "hostPartnerId", archived.toString()))
                                        .status())
                        .isEqualTo(422));
        assertThat(get("/api/staff-trips?size=1&partnershipId=" + proposed)
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void approvalNeedsANumberAndAnApprovedPlanIsNotEdited() {
        Map<String, Object> body = trip(today().plusDays(10));
        String id = created(officer, "/api/staff-trips", body);
        move("/api/staff-trips/" + id, "to", "SUBMITTED");
        var noNumber = officer.post("/api/staff-trips/" + id + "/transitions", Map.of("to", "APPROVED"));
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.json().toString()).contains("approvalNumber");
        var edited = officer.put("/api/staff-trips/" + id, with(body, "countries", List.of("JP")), "If-Match", "\"2\"");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        move("/api/staff-trips/" + id, "to", "APPROVED", "approvalNumber", "WS-2026-200");
        var late = officer.put("/api/staff-trips/" + id, with(body, "countries", List.of("US")), "If-Match", "\"4\"");
        assertThat(late.status()).isEqualTo(409);
        var skip = officer.post("/api/staff-trips/" + id + "/transitions", Map.of("to", "RETURNED"));
        assertThat(skip.status()).isEqualTo(409);
        assertThat(get("/api/staff-trips/" + id).get("countries").get(0).asString())
                .isEqualTo("JP");
        assertThat(types(awaitExactly(id, 4)))
                .containsExactly(
                        "intl.staff-trip.drafted.v1",
                        "intl.staff-trip.submitted.v1",
                        "intl.staff-trip.updated.v1",
                        "intl.staff-trip.approved.v1");
    }

    @Test
    void badTripsAreRefusedAndNothingIsRecorded() {
        long before = get("/api/staff-trips?size=1").get("total").asLong();
        for (Object[] bad : new Object[][] {
            {"staffId", null},
            {"countries", List.of()},
            {"countries", List.of("CN")},
            {"countries", List.of("ZZ")},
            {"countries", List.of("KR", "kr")},
            {"hostInstitution", null},
            {"purpose", "HOLIDAY"},
            {"endDate", LocalDate.now().minusYears(1).toString()},
            {"endDate", LocalDate.now().plusYears(5).toString()},
            {"fundingSource", null},
            {"fundingAmount", -1},
            {"hostPartnerId", "not-a-uuid"},
            {"status", "APPROVED"},
        }) {
            var r = officer.post("/api/staff-trips", trip(LocalDate.now(), bad));
            assertThat(r.status()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(get("/api/staff-trips?size=1").get("total").asLong()).isEqualTo(before);
    }

    @Test
    void otherRolesSeeNeitherTheStaffMemberNorTheMoney() {
        String id = created(officer, "/api/staff-trips", trip(today()));
        var viewer = http.withRoles("NEWS_EDITOR").get("/api/staff-trips/" + id);
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.body()).doesNotContain("李明").doesNotContain("38000");
        assertThat(viewer.json().get("purpose").asString()).isEqualTo("DELEGATION");
        assertThat(http.withRoles("NEWS_EDITOR")
                        .get("/api/staff-trips?staffId=T1")
                        .status())
                .isEqualTo(403);
        assertThat(http.withRoles("PARTNERSHIP_OFFICER")
                        .post("/api/staff-trips/" + id + "/transitions", Map.of("to", "SUBMITTED"))
                        .status())
                .isEqualTo(403);
    }

    private static void runConcurrently(int n, Runnable task) {
        List<CompletableFuture<Void>> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(CompletableFuture.runAsync(task));
        }
        all.forEach(CompletableFuture::join);
    }
}
