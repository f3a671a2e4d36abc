package org.openintl.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is at the other end, for the login throttle and the per-client rate limit. The socket's peer, unless that peer
 * is one of {@code intl.client-address.trusted-proxies} (a load balancer, an ingress): then the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header sent by anybody else is ignored, or every
 * caller could name itself a fresh client (ADR 0462).
 */
public final class ClientAddress {

    private static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    public ClientAddress(ClientAddressProperties properties) {
        this.trustedProxies =
                properties.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    public String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote != null && remote.getAddress() != null
                ? remote.getAddress().getHostAddress()
                : UNKNOWN;
        if (!trusted(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).strip();
            if (!hop.isEmpty() && !trusted(hop)) {
                return literalAddress(hop) ? hop : peer;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        if (!literalAddress(address)) {
            return false;
        }
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** An IPv4 or IPv6 literal; never a host name, which would be looked up. */
    static boolean literalAddress(String text) {
        return text.matches("[0-9.]{7,15}") || (text.contains(":") && text.matches("[0-9A-Fa-f:.]{2,45}"));
    }
}
