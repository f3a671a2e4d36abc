package org.openintl.partnership.partner;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partners' aggregate store (collection {@code partners}): a bean, so that the outbox relay publishes it too. */
@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

    @Bean
    AggregateStore<Partner> partnerStore(AggregateStores stores) {
        return stores.aggregate("Partner", "partners", Partner.class);
    }
}
