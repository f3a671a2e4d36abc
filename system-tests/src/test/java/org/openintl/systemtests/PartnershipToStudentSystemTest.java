package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.systemtests.Http.Response;

/**
 * The first flow of the foundation issue: an agreement made in partnership-service becomes known to student-service
 * through its events only, and student-service admits students under it.
 */
@SystemTest
class PartnershipToStudentSystemTest {

    private final Office office;
    private final Gateway gateway;

    PartnershipToStudentSystemTest(SystemUnderTest system) {
        this.office = system.office();
        this.gateway = system.gateway();
    }

    @Test
    void acceptsAStudentForAnActivatedPartnershipOnceItsEventsArrived() {
        String partnerId = office.registerPartner("KR", "Seoul National University", "首尔大学");
        String partnershipId = office.proposeExchange(partnerId, "Undergraduate exchange with SNU");
        Response signed = office.move(partnershipId, "SIGNED");
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        Response active = office.move(partnershipId, "ACTIVE");
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json().get("status").asString()).isEqualTo("ACTIVE");
        Instant activated = Instant.now();

        // 422 until the partnership's events reached student-service's projection
        Map<String, Object> student = Office.studentBody(partnershipId);
        String key = UUID.randomUUID().toString();
        Response accepted = await("student-service to accept a student for partnership " + partnershipId)
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25))
                .until(() -> office.registerStudent(student, key), r -> !Office.notKnownYet(r));
        Duration latency = Duration.between(activated, Instant.now());
        Measurements.record("event arrival (activation answered -> student accepted through the gateway)", latency);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        String studentId = accepted.json().get("id").asString();
        assertThat(accepted.header("Location")).endsWith("/api/students/" + studentId);
        assertThat(accepted.json().get("partnershipId").asString()).isEqualTo(partnershipId);
        Response stored = gateway.get("/api/students/" + studentId);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().get("partnershipId").asString()).isEqualTo(partnershipId);
    }

    @Test
    void refusesAStudentForAnUnknownPartnershipWithAProblemDetail() {
        String unknown = UUID.randomUUID().toString();

        Response refused = office.registerStudent(unknown);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:intl:problem:unknown-reference");
        assertThat(refused.json().get("status").asInt()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains(unknown);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("partnershipId");
    }
}
