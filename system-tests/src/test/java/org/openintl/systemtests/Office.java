package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.openintl.systemtests.Http.Response;

/** What the international office does through the gateway, with request bodies as the services document them. */
public final class Office {

    private final Gateway gateway;

    Office(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Registers a partner university and returns its id. */
    public String registerPartner(String country, String english, String chinese, String... headers) {
        Response r = gateway.post(
                "/api/partners",
                Map.of("name", Map.of("en", english, "zh", chinese), "country", country, "type", "UNIVERSITY"),
                headers);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** Proposes a student-exchange agreement with one partner (status PROPOSED) and returns its id. */
    public String proposeExchange(String partnerId, String title, String... headers) {
        Response r = proposeExchangeResponse(partnerId, title, headers);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location"))
                .endsWith("/api/partnerships/" + r.json().get("id").asString());
        return r.json().get("id").asString();
    }

    public Response proposeExchangeResponse(String partnerId, String title, String... headers) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("en", title, "zh", "学生交换协议"));
        body.put("type", "STUDENT_EXCHANGE");
        body.put("partnerIds", List.of(partnerId));
        body.put("responsibleUnit", "International College");
        body.put("startDate", today.minusDays(30).toString());
        body.put("endDate", today.plusYears(3).toString());
        return gateway.post("/api/partnerships", body, headers);
    }

    /** A lifecycle move, e.g. {@code SIGNED} or {@code ACTIVE}. */
    public Response move(String partnershipId, String to, String... headers) {
        return gateway.post("/api/partnerships/" + partnershipId + "/transitions", Map.of("to", to), headers);
    }

    /**
     * Registers an exchange student under the partnership ({@code null}: none) and answers 201 or a ProblemDetail. A
     * 504 (a cold or busy service) is retried with the same {@code Idempotency-Key}, as the gateway's detail advises.
     */
    public Response registerStudent(String partnershipId) {
        return registerStudent(studentBody(partnershipId));
    }

    /** Registers this student, retrying a 504 as {@link #registerStudent(String)} does. */
    public Response registerStudent(Map<String, Object> body) {
        String key = UUID.randomUUID().toString();
        return await("student-service to answer in time")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> registerStudent(body, key), r -> r.status() != 504);
    }

    /** One attempt; the same key and body may be sent again and register the student only once. */
    public Response registerStudent(Map<String, Object> body, String idempotencyKey) {
        return gateway.post("/api/students", body, "Idempotency-Key", idempotencyKey);
    }

    /**
     * Whether student-service does not know the partnership yet (422 {@code unknown-reference}), or could not tell
     * in time (504): the answers that mean "ask again" while waiting for its events.
     */
    public static boolean notKnownYet(Response r) {
        return r.status() == 504
                || (r.status() == 422
                        && "urn:intl:problem:unknown-reference"
                                .equals(r.json().path("type").asString()));
    }

    /** A complete, valid student with a passport number of its own. */
    public static Map<String, Object> studentBody(String partnershipId) {
        Map<String, Object> body = new HashMap<>();
        body.put("familyName", "Kim");
        body.put("givenName", "Minji");
        body.put("nationality", "KR");
        body.put("gender", "FEMALE");
        body.put("dateOfBirth", LocalDate.now().minusYears(21).minusDays(40).toString());
        body.put("passportNumber", "M" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L));
        body.put("category", "EXCHANGE");
        body.put("college", "College of International Education");
        body.put("funding", Map.of("type", "PARTNER"));
        if (partnershipId != null) {
            body.put("partnershipId", partnershipId);
        }
        return body;
    }
}
