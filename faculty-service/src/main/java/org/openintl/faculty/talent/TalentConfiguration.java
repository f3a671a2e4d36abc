package org.openintl.faculty.talent;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The talent records' aggregate store (collection {@code talent}), published by the outbox relay. */
@Configuration(proxyBeanMethods = false)
class TalentConfiguration {

    @Bean
    AggregateStore<Talent> talentStore(AggregateStores stores) {
        return stores.aggregate("Talent", "talent", Talent.class);
    }
}
