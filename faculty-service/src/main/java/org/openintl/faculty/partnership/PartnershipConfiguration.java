package org.openintl.faculty.partnership;

import org.openintl.platform.aggregate.AggregateStores;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two projections of {@code intl.partnerships.v1}: partnerships and partner institutions. */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(AggregateStores stores) {
        return stores.projection("partnership_projection", PartnershipSnapshot.class);
    }

    @Bean
    ProjectionStore<PartnerSnapshot> partnerProjection(AggregateStores stores) {
        return stores.projection("partner_projection", PartnerSnapshot.class);
    }
}
