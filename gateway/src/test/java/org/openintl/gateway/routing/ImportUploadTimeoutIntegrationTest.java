package org.openintl.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.StubService.Behaviour;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code POST /api/students/imports} is answered once the whole file is received, which on a slow link takes longer
 * than the global response timeout: its route waits longer (120 s). The global timeout is 1 s here.
 */
@TestPropertySource(
        properties = {
            "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
            "resilience4j.timelimiter.configs.default.timeout-duration=2s",
        })
class ImportUploadTimeoutIntegrationTest extends GatewayIntegrationTest {

    @Test
    void anImportUploadIsNotCutAtTheGlobalResponseTimeout() {
        sendAdminTokenByDefault();
        student.behave(Behaviour.HOLD);
        WebTestClient patient =
                client.mutate().responseTimeout(Duration.ofSeconds(90)).build();
        CompletableFuture<EntityExchangeResult<byte[]>> upload = CompletableFuture.supplyAsync(() -> patient.post()
                .uri("/api/students/imports")
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("familyName,givenName\nKim,Ji-woo\n")
                .exchange()
                .expectBody()
                .returnResult());
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        student.received().stream().anyMatch(r -> r.method().equals("POST")));

        // another call to the same service, sent after the upload reached it, is cut at the global timeout...
        client.get().uri("/api/students/s-1").exchange().expectStatus().isEqualTo(504);
        // ...so the upload's own deadline, had it been the global one, has passed too: it is still waiting
        assertThat(upload).isNotDone();

        student.releaseHeld();
        EntityExchangeResult<byte[]> result = upload.join();
        assertThat(result.getStatus().value()).isEqualTo(200);
        assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("\"method\":\"POST\"", "\"path\":\"/api/students/imports\"");
    }
}
