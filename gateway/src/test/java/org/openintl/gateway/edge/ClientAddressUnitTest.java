package org.openintl.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class ClientAddressUnitTest {

    private static MockServerWebExchange from(String peer, String... forwardedFor) {
        var request = MockServerHttpRequest.get("/auth/token").remoteAddress(new InetSocketAddress(peer, 40000));
        for (String value : forwardedFor) {
            request.header("X-Forwarded-For", value);
        }
        return MockServerWebExchange.from(request);
    }

    private final ClientAddress behindProxies =
            new ClientAddress(new ClientAddressProperties(List.of("10.0.0.0/8", "192.168.1.5")));

    @Test
    void believesXForwardedForOnlyFromATrustedProxy() {
        assertThat(behindProxies.of(from("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of(from("192.168.1.5", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of(from("198.51.100.1", "203.0.113.7"))).isEqualTo("198.51.100.1");
        assertThat(new ClientAddress(new ClientAddressProperties(List.of())).of(from("10.1.2.3", "203.0.113.7")))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void takesTheRightMostAddressThatIsNoTrustedProxy() {
        // the client may write anything at the left; the proxies append what they saw
        assertThat(behindProxies.of(from("10.0.0.1", "1.1.1.1, 203.0.113.7, 10.9.9.9")))
                .isEqualTo("203.0.113.7");
        assertThat(behindProxies.of(from("10.0.0.1", "1.1.1.1", "203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void fallsBackToThePeerForMissingOrGarbledHeaders() {
        assertThat(behindProxies.of(from("10.0.0.1"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.of(from("10.0.0.1", "evil.example.com"))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.of(from("10.0.0.1", "10.0.0.2"))).isEqualTo("10.0.0.1");
    }

    @Test
    void refusesATrustedProxyThatIsNoAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClientAddress(new ClientAddressProperties(List.of("proxy.example.com"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClientAddress(new ClientAddressProperties(List.of("10.0.0.0/33"))));
    }
}
