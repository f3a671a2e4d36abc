package org.openintl.partnership.partnership;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnerships' aggregate store (collection {@code partnerships}): a bean, so that the outbox relay publishes it
 * too.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    AggregateStore<Partnership> partnershipStore(AggregateStores stores) {
        return stores.aggregate("Partnership", "partnerships", Partnership.class);
    }
}
