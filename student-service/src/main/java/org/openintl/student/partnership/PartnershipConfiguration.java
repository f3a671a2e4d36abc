package org.openintl.student.partnership;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(MongoDatabase db) {
        return new ProjectionStore<>(db, "partnership_projection", PartnershipSnapshot.class);
    }
}
