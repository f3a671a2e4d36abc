package org.openintl.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openintl.access.Role;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.openintl.gateway.testing.GatewayTokens;
import org.openintl.gateway.testing.StubService;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;

/**
 * Small limits for the test: 1 KB bodies (8 KB for imports), 3 requests at once per user, 1 more per second, and as
 * many per client address without a valid token; the console's pages 5 at once and 1 more per second.
 */
@TestPropertySource(
        properties = {
            "intl.limits.rate.requests-per-second=1",
            "intl.limits.rate.burst=3",
            "intl.limits.anonymous.requests-per-second=1",
            "intl.limits.anonymous.burst=3",
            "intl.limits.anonymous.console.requests-per-second=1",
            "intl.limits.anonymous.console.burst=5",
            "intl.limits.body.max-size=1KB",
            "intl.limits.body.routes[0].paths[0]=/api/students/imports/**",
            "intl.limits.body.routes[0].max-size=8KB",
        })
class LimitsIntegrationTest extends GatewayIntegrationTest {

    static final StubService console = StubService.start("console");

    @DynamicPropertySource
    static void consoleUri(DynamicPropertyRegistry registry) {
        registry.add("intl.services.console-uri", () -> console.uri().toString());
    }

    @AfterAll
    static void stopConsole() {
        console.stop();
    }

    private String bearer(String user) {
        return GatewayTokens.bearer(tokens.forUser(user, Role.ADMIN));
    }

    private static Flux<DataBuffer> chunks(int count, int size) {
        byte[] chunk = "x".repeat(size).getBytes(StandardCharsets.UTF_8);
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
    }

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeAnyServiceSeesIt() {
        client.post()
                .uri("/api/news")
                .header(HttpHeaders.AUTHORIZATION, bearer("big-writer"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "x".repeat(2000) + "\"")
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:intl:problem:payload-too-large")
                .jsonPath("$.limitBytes")
                .isEqualTo(1024)
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail).asString().contains("1 KB"));
        assertThat(news.received()).isEmpty();
    }

    @Test
    void refusesAChunkedBodyOverTheLimit() {
        EntityExchangeResult<byte[]> result = client.post()
                .uri("/api/news")
                .header(HttpHeaders.AUTHORIZATION, bearer("chunked-writer"))
                .contentType(MediaType.TEXT_PLAIN)
                .body(chunks(16, 512), DataBuffer.class)
                .exchange()
                .expectBody()
                .returnResult();

        assertThat(result.getRequestHeaders().getContentLength()).isEqualTo(-1);
        assertThat(result.getStatus().value()).isEqualTo(413);
        assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("urn:intl:problem:payload-too-large");
        // a complete oversized body never arrives anywhere
        assertThat(news.received())
                .allSatisfy(r -> assertThat(r.body().length()).isLessThanOrEqualTo(1024));
    }

    @Test
    void passesAChunkedBodyUnderTheLimitWhole() {
        client.post()
                .uri("/api/news")
                .header(HttpHeaders.AUTHORIZATION, bearer("small-writer"))
                .contentType(MediaType.TEXT_PLAIN)
                .body(chunks(3, 300), DataBuffer.class)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(news.received())
                .singleElement()
                .satisfies(r -> assertThat(r.body()).hasSize(900));
    }

    @Test
    void letsTheImportRouteTakeLargerBodies() {
        client.post()
                .uri("/api/students/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer("importer"))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("a,b\n" + "1,2\n".repeat(1000))
                .exchange()
                .expectStatus()
                .isOk();
        client.post()
                .uri("/api/students/imports")
                .header(HttpHeaders.AUTHORIZATION, bearer("importer"))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("a,b\n" + "1,2\n".repeat(3000))
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        assertThat(student.received()).hasSize(1);
    }

    @Test
    void limitsEachUserAndAnswersTooManyRequestsWithoutCallingTheService() {
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int call = 0; call < 8; call++) {
            EntityExchangeResult<byte[]> result = client.get()
                    .uri("/api/partners/p-1")
                    .header(HttpHeaders.AUTHORIZATION, bearer("eager-script"))
                    .exchange()
                    .expectBody()
                    .returnResult();
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                retryAfter = result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
                assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8))
                        .contains("urn:intl:problem:too-many-requests")
                        .contains("eager-script");
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;

        assertThat(statuses).contains(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isPositive();
        long admitted = statuses.stream().filter(s -> s == 200).count();
        assertThat(admitted).isBetween(3L, 3L + seconds);
        assertThat(partnership.received()).hasSize((int) admitted);

        // somebody else still gets through
        client.get()
                .uri("/api/partners/p-1")
                .header(HttpHeaders.AUTHORIZATION, bearer("patient-person"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** Sends until the first 429 (the bucket refills by one a second, so the count it takes is not fixed). */
    private EntityExchangeResult<byte[]> untilRefused(String path, String authorization) {
        EntityExchangeResult<byte[]> last = null;
        for (int i = 0; i < 20 && (last == null || last.getStatus().value() != 429); i++) {
            var request = client.get().uri(path);
            if (authorization != null) {
                request.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            last = request.exchange().expectBody().returnResult();
            assertThat(last.getStatus().value()).isIn(200, 401, 429);
        }
        return last;
    }

    @Test
    void limitsRequestsWithoutAValidTokenPerClient() {
        EntityExchangeResult<byte[]> refused = untilRefused("/api/news/feed.atom", null);

        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isNotBlank();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(refused.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("urn:intl:problem:too-many-requests");
        // refused tokens count as none
        assertThat(untilRefused("/api/news/n-1", "Bearer not-a-token")
                        .getStatus()
                        .value())
                .isEqualTo(429);
        // a caller with a valid token is limited per user, not by what others send without one
        client.get()
                .uri("/api/news/n-1")
                .header(HttpHeaders.AUTHORIZATION, bearer("busy-reader"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void countsTheConsolesPagesApartFromTheApi() {
        assertThat(untilRefused("/api/news/feed.atom", null).getStatus().value())
                .isEqualTo(429);
        // an office browsing the console from one address is not refused because the same address used up the API's
        // anonymous allowance
        assertThat(untilRefused("/login", null).getStatus().value()).isEqualTo(429);
        assertThat(console.received()).hasSizeGreaterThanOrEqualTo(5);
        EntityExchangeResult<byte[]> refused = untilRefused("/assets/console.css", null);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isNotBlank();
        assertThat(new String(refused.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("urn:intl:problem:too-many-requests");
    }
}
