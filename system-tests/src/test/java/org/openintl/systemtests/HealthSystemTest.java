package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;
import org.openintl.systemtests.Http.Response;

/** Each service's readiness probe, on its management port, as an orchestrator would ask it. */
@SystemTest
class HealthSystemTest {

    private final LocalStack stack;

    HealthSystemTest(SystemUnderTest system) {
        this.stack = system.stack();
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void reportsReadyWithItsDatabase(StackService service) {
        Http http = new Http(stack.managementUrl(service));
        // another test may have just restarted the broker or a service: readiness may take a moment to return
        Response readiness = await(service.moduleName() + " to be ready")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> http.get("/actuator/health/readiness"), r -> r.status() == 200);
        assertThat(readiness.json().get("status").asString())
                .as(readiness.toString())
                .isEqualTo("UP");
        if (service.hasOutbox()) {
            assertThat(readiness
                            .json()
                            .get("components")
                            .get("mongo")
                            .get("status")
                            .asString())
                    .as(readiness.toString())
                    .isEqualTo("UP");
            // readiness is MongoDB only (docs/adr/0442): the broker's state is in the health details, not in readiness
            assertThat(readiness.json().get("components").has("kafka"))
                    .as(readiness.toString())
                    .isFalse();
            assertThat(http.get("/actuator/health").json().get("components").has("kafka"))
                    .isTrue();
        }
    }
}
