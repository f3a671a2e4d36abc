package org.openintl.gateway.edge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

    @Bean
    ClientAddress clientAddress(ClientAddressProperties properties) {
        return new ClientAddress(properties);
    }
}
