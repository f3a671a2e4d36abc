package org.openintl.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openintl.gateway.testing.GatewayIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Netty refuses before Spring sees it is a ProblemDetail too, not a bare status (issue 11). */
class DecodeFailureIntegrationTest extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOversizedHeaderIsA431ProblemDetail() throws Exception {
        var r = get("/api/partners", "Idempotency-Key", "k".repeat(20_000));
        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("urn:intl:problem:request-headers-too-large");
        assertThat(partnership.received()).isEmpty();
    }

    @Test
    void aUrlTheFirewallRefusesIsA400ProblemDetail() throws Exception {
        for (String path : new String[] {"/api/partners/..%2Fx", "/api/partners/%00", "/api/partners;x=1"}) {
            var r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(r.body()).as(path).contains("urn:intl:problem:malformed-request");
        }
        assertThat(partnership.received()).isEmpty();
    }

    @Test
    void anOversizedUrlIsA414ProblemDetail() throws Exception {
        var r = get("/api/partners?q=" + "x".repeat(5_000));
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("urn:intl:problem:uri-too-long");
        assertThat(partnership.received()).isEmpty();
    }
}
