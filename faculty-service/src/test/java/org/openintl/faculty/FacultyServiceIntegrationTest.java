package org.openintl.faculty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.testing.EmbeddedInfrastructure;
import org.openintl.platform.testing.ForgedTokenChecks;
import org.openintl.platform.testing.PoisonRecords;

/**
 * The service as a whole: ready with MongoDB (Kafka not part of readiness), actuator and the API document only on the
 * management port, every forged token refused, poison records of partnership-service's topic dead-lettered and never
 * applied, stale partnership events changing nothing.
 */
class FacultyServiceIntegrationTest extends IntegrationTest {

    private static final String PARTNERSHIPS_GROUP = "faculty-service.partnerships";

    @Test
    void readinessIsMongoOnlyAndKafkaStaysVisibleInHealth() {
        var readiness = management().get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().get("components").get("mongo").get("status").asString())
                .isEqualTo("UP");
        assertThat(readiness.json().get("components").has("kafka")).isFalse();
        assertThat(management().get("/actuator/health").json().get("components").has("kafka"))
                .isTrue();
        assertThat(management().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void servesNoActuatorAndNoApiDocumentOnTheApiPort() {
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/openapi", "/v3/api-docs")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(404);
        }
        var document = management().get("/actuator/openapi").json().get("paths");
        assertThat(document.has("/api/experts")).isTrue();
        assertThat(document.has("/api/talent/{id}/transitions")).isTrue();
        assertThat(document.has("/api/staff-trips")).isTrue();
        assertThat(document.has("/api/faculty/stats")).isTrue();
    }

    @Test
    void refusesEveryForgedTokenWhenCalledDirectly() {
        ForgedTokenChecks.assertEveryForgeryRefused("faculty-service", http, "/api/experts");
    }

    @Test
    void poisonPartnershipRecordsAreDeadLetteredAndNeverApplied() throws Exception {
        UUID partner = UUID.randomUUID();
        var poison = PoisonRecords.all(
                PARTNERSHIP_SERVICE,
                "intl.partnership.activated.v1",
                id -> JSON.writeValueAsString(partnershipData(id, "ACTIVE", partner)));
        for (var p : poison) {
            kafka.send(p.record()).get();
        }
        PoisonRecords.awaitDeadLettered(
                EmbeddedInfrastructure.kafkaBootstrap(), PARTNERSHIPS_TOPIC, PARTNERSHIPS_GROUP, poison);
        for (var p : poison) {
            assertThat(projectionStatus(UUID.fromString(p.key()))).as(p.name()).isNull();
            var trip = officer.post("/api/staff-trips", trip("partnershipId", p.key()));
            assertThat(trip.status()).as(p.name()).isEqualTo(422);
        }
        var listed = http.get("/api/admin/dead-letters/faculty-service/" + PARTNERSHIPS_TOPIC);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    }

    @Test
    void aStaleSuspensionChangesNothingAndASuspendedAgreementTakesNoNewTrips() {
        Agreement a = activeAgreement();
        publishPartnership(a.partnershipId(), 2, "signed", "SIGNED", a.partnerId()); // older than ACTIVE (3)
        publishPartnership(a.partnershipId(), 4, "suspended", "SUSPENDED", a.partnerId());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "SUSPENDED".equals(projectionStatus(a.partnershipId())));
        var refused = officer.post(
                "/api/staff-trips", trip("partnershipId", a.partnershipId().toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().toString()).contains("SUSPENDED");
        publishPartnership(a.partnershipId(), 5, "reactivated", "ACTIVE", a.partnerId());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(projectionStatus(a.partnershipId())));
        assertThat(officer.post(
                                "/api/staff-trips",
                                trip("partnershipId", a.partnershipId().toString()))
                        .status())
                .isEqualTo(201);
    }

    private static Map<String, Object> trip(Object... overrides) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("staffId", "T77");
        body.put("staffName", "Zhao Wei");
        body.put("college", "School of Law");
        body.put("countries", List.of("KR"));
        body.put("hostInstitution", "Korea University");
        body.put("purpose", "CONFERENCE");
        body.put("startDate", LocalDate.now().plusDays(30).toString());
        body.put("endDate", LocalDate.now().plusDays(33).toString());
        body.put("fundingSource", "PROJECT");
        return with(body, overrides);
    }
}
