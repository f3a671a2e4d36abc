package org.openintl.news.partnership;

import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection lives in the collection {@code partnership_projection}: {@code {_id, sequence, state}}. */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(AggregateStores stores) {
        return stores.projection("partnership_projection", PartnershipSnapshot.class);
    }
}
