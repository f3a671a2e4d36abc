package org.openintl.faculty.expert;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The experts' aggregate store (collection {@code experts}): a bean, so that the outbox relay publishes it too. */
@Configuration(proxyBeanMethods = false)
class ExpertConfiguration {

    @Bean
    AggregateStore<Expert> expertStore(AggregateStores stores) {
        return stores.aggregate("Expert", "experts", Expert.class);
    }
}
