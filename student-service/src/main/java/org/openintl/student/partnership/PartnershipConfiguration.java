package org.openintl.student.partnership;

import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(AggregateStores stores) {
        return stores.projection("partnership_projection", PartnershipSnapshot.class);
    }
}
