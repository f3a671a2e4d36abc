package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;
import org.openintl.systemtests.Http.Response;

/** A service that is down costs its own routes only: the gateway names it in a 503 and keeps answering the rest. */
@SystemTest
class GatewayResilienceSystemTest {

    private final LocalStack stack;
    private final Gateway gateway;

    GatewayResilienceSystemTest(SystemUnderTest system) {
        this.stack = system.stack();
        this.gateway = system.gateway();
    }

    @Test
    void answersA503ProblemForAStoppedServiceWhileOtherRoutesAndTheOverviewStillAnswer() {
        stack.stopService(StackService.NEWS);
        try {
            Response read = gateway.get("/api/news");
            assertServiceUnavailable(read, "/api/news");
            Response write = gateway.post("/api/news", Map.of("title", Map.of("en", "Campus news")));
            assertServiceUnavailable(write, "/api/news");

            Response partnerships = gateway.get("/api/partnerships?size=1");
            assertThat(partnerships.status()).as(partnerships.toString()).isEqualTo(200);
            Response overview = gateway.get("/api/overview");
            assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
            assertThat(overview.json().get("degraded").asBoolean()).isTrue();
            assertThat(overview.json().get("missing").toString()).contains("\"news\"");
            assertThat(overview.json().get("news").isNull())
                    .as(overview.toString())
                    .isTrue();
            assertThat(overview.json().get("partnerships").isObject())
                    .as(overview.toString())
                    .isTrue();
        } finally {
            Instant restart = Instant.now();
            stack.startService(StackService.NEWS);
            Measurements.record("news-service restart until ready", Duration.between(restart, Instant.now()));
        }

        // the route recovers by itself (the circuit breaker, if it opened, half-opens after 10 s)
        await("the news route to answer again")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/news").status() == 200);
        await("a complete overview again")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        !gateway.get("/api/overview").json().get("degraded").asBoolean());
    }

    private static void assertServiceUnavailable(Response r, String path) {
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:service-unavailable");
        assertThat(r.json().get("service").asString()).isEqualTo("news-service");
        assertThat(r.json().get("detail").asString()).contains("news-service");
        assertThat(r.json().get("instance").asString()).isEqualTo(path);
    }
}
