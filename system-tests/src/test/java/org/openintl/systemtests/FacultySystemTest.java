package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.Http.Response;
import tools.jackson.databind.JsonNode;

/**
 * faculty-service through the gateway, with the services around it: an expert's documents raise an alert and an
 * event, a talent's arrival makes an expert and a news draft, a trip under an agreement is counted by
 * partnership-service, and only the faculty's officers see personal data.
 */
@SystemTest
class FacultySystemTest {

    private static final String FACULTY_TOPIC = "intl.faculty.v1";

    private final SystemUnderTest system;
    private final Office office;
    private final Gateway gateway;
    private final Http http;

    FacultySystemTest(SystemUnderTest system) {
        this.system = system;
        this.office = system.office();
        this.gateway = system.gateway();
        this.http = new Http(system.stack().gatewayUrl());
    }

    @Test
    void anExpertsWorkPermitRunningOutIsOnTheAlertListAndAnnouncedOnce() {
        String id = contractedExpert("DE", "Anna Becker");
        LocalDate today = today();
        // renewal is due 30 days before the expiry: in 10 days
        Response filed = gateway.send(
                "PUT",
                "/api/experts/" + id + "/documents/WORK_PERMIT",
                Map.of(
                        "number", "WP20260001",
                        "issueDate", today.minusYears(1).toString(),
                        "expiryDate", today.plusDays(40).toString()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);

        Response alerts = gateway.get("/api/experts/alerts?withinDays=30");
        assertThat(alerts.status()).as(alerts.toString()).isEqualTo(200);
        JsonNode alert = items(alerts.json())
                .filter(a -> id.equals(text(a, "expertId")) && "WORK_PERMIT_RENEWAL".equals(text(a, "rule")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no work permit alert for " + id + " in " + alerts));
        assertThat(alert.get("dueDate").asString()).isEqualTo(today.plusDays(10).toString());
        assertThat(alert.get("daysLeft").asInt()).isEqualTo(10);

        try (TopicReader reader = system.read(FACULTY_TOPIC)) {
            List<String> types = await("faculty-service to announce the work permit's deadline")
                    .atMost(Duration.ofSeconds(30))
                    .until(
                            () -> reader.keyed(id).stream()
                                    .map(r -> TopicReader.header(r, "ce_type"))
                                    .toList(),
                            t -> t.contains("intl.expert.document-expiring.v1"));
            assertThat(types.stream().filter("intl.expert.document-expiring.v1"::equals))
                    .as("announced once in its window")
                    .hasSize(1);
            String event = reader.keyed(id).stream()
                    .filter(r -> "intl.expert.document-expiring.v1".equals(TopicReader.header(r, "ce_type")))
                    .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                    .findFirst()
                    .orElseThrow();
            assertThat(event)
                    .contains("WORK_PERMIT_RENEWAL")
                    .doesNotContain("Anna Becker")
                    .doesNotContain("WP20260001");
        }
    }

    @Test
    void aTalentsArrivalMakesAnExpertAndANewsDraft() {
        Map<String, Object> talent = new HashMap<>();
        talent.put("name", "Grace Miller");
        talent.put("nationality", "US");
        talent.put("program", "Overseas High-level Talent Program");
        talent.put("college", "School of Chemistry");
        talent.put("field", "Catalysis");
        talent.put("position", "RESEARCH");
        Response created = gateway.post(
                "/api/talent", talent, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Response last = created;
        for (String stage : List.of("CONTACTED", "INTERVIEWED", "OFFERED", "ACCEPTED", "ARRIVED")) {
            last = gateway.post("/api/talent/" + id + "/transitions", Map.of("to", stage));
            assertThat(last.status()).as(stage + ": " + last).isEqualTo(200);
        }
        JsonNode arrived = last.json();
        assertThat(arrived.get("stage").asString()).isEqualTo("ARRIVED");
        String expertId = arrived.get("expertId").asString();

        Response expert = gateway.get("/api/experts/" + expertId);
        assertThat(expert.status()).as(expert.toString()).isEqualTo(200);
        assertThat(expert.json().get("talentId").asString()).isEqualTo(id);
        assertThat(expert.json().get("college").asString()).isEqualTo("School of Chemistry");

        JsonNode draft = await("news-service to draft an article on the talent's arrival")
                .atMost(Duration.ofSeconds(30))
                .until(() -> generatedDraft("TALENT_ARRIVED", id), d -> d != null);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("themes").toString()).contains("INTERNATIONAL_FACULTY");
        assertThat(draft.toString()).doesNotContain("Grace Miller");
    }

    @Test
    void aTripUnderAnAgreementIsCountedByPartnershipServiceAndADelegationsReturnDrafted() {
        String partnerId = office.registerPartner("KR", "Korea University", "高丽大学");
        String partnershipId = office.proposeExchange(partnerId, "Staff exchange with Korea University");
        assertThat(office.move(partnershipId, "SIGNED").status()).isEqualTo(200);
        assertThat(office.move(partnershipId, "ACTIVE").status()).isEqualTo(200);
        LocalDate today = today();
        Map<String, Object> trip = new HashMap<>();
        trip.put("staffId", "T2019053");
        trip.put("staffName", "Wang Lei");
        trip.put("college", "School of Foreign Languages");
        trip.put("countries", List.of("KR"));
        trip.put("hostPartnerId", partnerId);
        trip.put("partnershipId", partnershipId);
        trip.put("purpose", "DELEGATION");
        trip.put("startDate", today.toString());
        trip.put("endDate", today.plusDays(6).toString());
        trip.put("fundingSource", "UNIVERSITY");
        // 422 until the partnership's events reached faculty-service's projection
        String key = UUID.randomUUID().toString();
        Response created = await("faculty-service to know partnership " + partnershipId)
                .atMost(Duration.ofSeconds(30))
                .until(() -> gateway.post("/api/staff-trips", trip, "Idempotency-Key", key), r -> r.status() != 422);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        move(id, Map.of("to", "SUBMITTED"));
        move(id, Map.of("to", "APPROVED", "approvalNumber", "WS-2026-118"));
        move(id, Map.of("to", "DEPARTED"));

        JsonNode mobility = await("partnership-service to count the staff member abroad")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> gateway.get("/api/partnerships/" + partnershipId)
                                .json()
                                .get("staffMobility"),
                        m -> m != null && m.get("abroad").asInt() == 1);
        assertThat(mobility.get("returned").asInt()).isZero();

        move(id, Map.of("to", "RETURNED"));
        await("partnership-service to count the return")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> gateway.get("/api/partnerships/" + partnershipId)
                                .json()
                                .get("staffMobility"),
                        m -> m.get("abroad").asInt() == 0 && m.get("returned").asInt() == 1);
        JsonNode draft = await("news-service to draft an article on the delegation's return")
                .atMost(Duration.ofSeconds(30))
                .until(() -> generatedDraft("DELEGATION_RETURNED", id), d -> d != null);
        assertThat(draft.get("category").asString()).isEqualTo("VISIT_OUTBOUND");
        assertThat(draft.get("partnershipIds").get(0).asString()).isEqualTo(partnershipId);
        assertThat(draft.toString()).doesNotContain("Wang Lei").doesNotContain("T2019053");
    }

    @Test
    void onlyTheFacultysOfficersSeePersonalData() {
        String id = contractedExpert("FR", "Camille Laurent");
        String officer = token(ConsoleUsers.FACULTY);
        Response asOfficer = http.send("GET", "/api/experts/" + id, null, Map.of("Authorization", officer));
        assertThat(asOfficer.status()).as(asOfficer.toString()).isEqualTo(200);
        assertThat(asOfficer.json().get("name").asString()).isEqualTo("Camille Laurent");
        assertThat(asOfficer.json().get("passportNumber").asString()).isEqualTo("FR1234567");

        for (ConsoleUsers.User other : List.of(ConsoleUsers.VIEWER, ConsoleUsers.COUNSELOR, ConsoleUsers.OFFICER)) {
            Response r = http.send("GET", "/api/experts/" + id, null, Map.of("Authorization", token(other)));
            assertThat(r.status()).as(other.role() + ": " + r).isEqualTo(200);
            assertThat(r.json().get("college").asString()).as(other.role()).isEqualTo("School of Physics");
            for (String personal :
                    List.of("name", "chineseName", "dateOfBirth", "passportNumber", "gender", "documents")) {
                assertThat(r.json().has(personal))
                        .as(other.role() + " sees " + personal)
                        .isFalse();
            }
            assertThat(r.body()).as(other.role()).doesNotContain("Camille").doesNotContain("FR1234567");
            Response write = http.send(
                    "POST",
                    "/api/experts/" + id + "/transitions",
                    Map.of("to", "IN_SERVICE"),
                    Map.of("Authorization", token(other)));
            assertThat(write.status()).as(other.role() + " writes").isEqualTo(403);
        }
    }

    private String contractedExpert(String nationality, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nationality", nationality);
        body.put("gender", "FEMALE");
        body.put("dateOfBirth", "1980-04-12");
        body.put("passportNumber", nationality + "1234567");
        body.put("permitCategory", "A");
        body.put("college", "School of Physics");
        body.put("position", "RESEARCH");
        body.put("contractStart", today().minusMonths(1).toString());
        body.put("contractEnd", today().plusYears(2).toString());
        Response created = gateway.post(
                "/api/experts", body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Response contracted = gateway.post("/api/experts/" + id + "/transitions", Map.of("to", "CONTRACTED"));
        assertThat(contracted.status()).as(contracted.toString()).isEqualTo(200);
        return id;
    }

    private void move(String tripId, Map<String, Object> body) {
        Response r = gateway.post("/api/staff-trips/" + tripId + "/transitions", body);
        assertThat(r.status()).as(body + ": " + r).isEqualTo(200);
    }

    private JsonNode generatedDraft(String reason, String key) {
        // the newest first; narrowed to the draft's category so that other tests' drafts do not push it off the page
        String category = reason.equals("TALENT_ARRIVED") ? "ANNOUNCEMENT" : "VISIT_OUTBOUND";
        Response page = gateway.get("/api/news?generated=true&size=200&category=" + category);
        return items(page.json())
                .filter(n -> n.get("generated") != null
                        && reason.equals(text(n.get("generated"), "reason"))
                        && key.equals(text(n.get("generated"), "key")))
                .findFirst()
                .orElse(null);
    }

    private String token(ConsoleUsers.User user) {
        Response r = http.send(
                "POST", "/auth/token", Map.of("username", user.name(), "password", user.password()), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return "Bearer " + r.json().get("access_token").asString();
    }

    private static java.util.stream.Stream<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
