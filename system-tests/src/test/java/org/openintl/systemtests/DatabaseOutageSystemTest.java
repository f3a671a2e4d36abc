package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;
import org.openintl.systemtests.Http.Response;

/**
 * MongoDB gone: every read and write through the gateway is answered at once with a 503 ProblemDetail and a
 * {@code Retry-After} (not a hang, not a 500), the services report themselves not ready but alive, and once MongoDB
 * is back they serve again without being restarted.
 */
@SystemTest
class DatabaseOutageSystemTest {

    private static final List<StackService> SERVICES =
            List.of(StackService.PARTNERSHIP, StackService.STUDENT, StackService.NEWS, StackService.FACULTY);

    private final SystemUnderTest system;
    private final LocalStack stack;

    DatabaseOutageSystemTest(SystemUnderTest system) {
        this.system = system;
        this.stack = system.stack();
    }

    record Call(String method, String path, Object body) {}

    private static final List<Call> CALLS = List.of(
            new Call("GET", "/api/partners?size=5", null),
            new Call("GET", "/api/partnerships?size=5", null),
            new Call(
                    "POST",
                    "/api/partners",
                    Map.of("name", Map.of("en", "Kazan Federal University"), "country", "RU", "type", "UNIVERSITY")),
            new Call("GET", "/api/students?size=5", null),
            new Call("POST", "/api/students", Office.studentBody(null)),
            new Call("GET", "/api/news?size=5", null),
            new Call("GET", "/api/experts?size=5", null),
            new Call("GET", "/api/staff-trips?size=5", null),
            new Call(
                    "POST",
                    "/api/news",
                    Map.of(
                            "translations",
                            Map.of("en", Map.of("title", "Delegation from Kazan")),
                            "category",
                            "MEETING")));

    @Test
    void answers503WhileMongoIsDownAndRecoversWithoutARestart() {
        Map<StackService, OptionalLong> pids = new EnumMap<>(StackService.class);
        SERVICES.forEach(s -> pids.put(s, stack.pid(s.moduleName())));
        String partner = system.office().registerPartner("RU", "Kazan Federal University", "喀山联邦大学");

        stack.stopMongo();
        try {
            assertThat(stack.isRunning(LocalStack.MONGO)).isFalse();
            Duration slowest = Duration.ZERO;
            for (Call call : CALLS) {
                Instant before = Instant.now();
                Response r = system.gateway().send(call.method(), call.path(), call.body());
                Duration took = Duration.between(before, Instant.now());
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                assertThat(r.status()).as(call + " -> " + r).isEqualTo(503);
                assertThat(r.header("Content-Type")).as(call + " -> " + r).startsWith("application/problem+json");
                assertThat(r.json().get("type").asString())
                        .as(call + " -> " + r)
                        .isEqualTo("urn:intl:problem:service-unavailable");
                assertThat(r.header("Retry-After")).as(call + " -> " + r).isNotBlank();
            }
            Measurements.record(
                    "MongoDB down: slowest of " + CALLS.size() + " reads and writes through the gateway (all 503)",
                    slowest);
            for (StackService service : SERVICES) {
                Http http = new Http(stack.managementUrl(service));
                assertThat(http.get("/actuator/health/readiness").status())
                        .as(service + " readiness with MongoDB down")
                        .isEqualTo(503);
                assertThat(http.get("/actuator/health/liveness").status())
                        .as(service + " liveness with MongoDB down")
                        .isEqualTo(200);
            }
        } finally {
            stack.startMongo();
        }
        Instant back = Instant.now();

        for (StackService service : SERVICES) {
            Http http = new Http(stack.managementUrl(service));
            await(service + " ready again")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> http.get("/actuator/health/readiness").status() == 200);
        }
        Measurements.record("MongoDB back -> every service ready again", Duration.between(back, Instant.now()));
        Response created = await("a write to succeed again")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.gateway().post("/api/partnerships", exchangeWith(partner)), r -> r.status() != 503);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Measurements.record("MongoDB back -> first write accepted", Duration.between(back, Instant.now()));
        SERVICES.forEach(s ->
                assertThat(stack.pid(s.moduleName())).as(s + " not restarted").isEqualTo(pids.get(s)));
    }

    private static Map<String, Object> exchangeWith(String partner) {
        return Map.of(
                "title", Map.of("en", "Exchange after the database outage"),
                "type", "STUDENT_EXCHANGE",
                "partnerIds", List.of(partner),
                "responsibleUnit", "International College",
                "startDate", java.time.LocalDate.now().toString(),
                "endDate", java.time.LocalDate.now().plusYears(2).toString());
    }
}
