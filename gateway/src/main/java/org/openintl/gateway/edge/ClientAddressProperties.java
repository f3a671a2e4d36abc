package org.openintl.gateway.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code intl.client-address.*}.
 *
 * @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}) of the proxies in front of the gateway whose
 *     {@code X-Forwarded-For} is believed; empty (the default): the header is ignored
 */
@ConfigurationProperties("intl.client-address")
public record ClientAddressProperties(List<String> trustedProxies) {

    public ClientAddressProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
