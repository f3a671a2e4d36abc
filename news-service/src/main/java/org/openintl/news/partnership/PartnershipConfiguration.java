package org.openintl.news.partnership;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection lives in the collection {@code partnership_projection}: {@code {_id, sequence, state}}. */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(MongoDatabase db) {
        return new ProjectionStore<>(db, "partnership_projection", PartnershipSnapshot.class);
    }
}
