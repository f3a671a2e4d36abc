package org.openintl.student.partnership;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.events.EventSubscription;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    ProjectionStore<PartnershipSnapshot> partnershipProjection(MongoDatabase db) {
        return new ProjectionStore<>(db, "partnership_projection", PartnershipSnapshot.class);
    }

    @Bean
    EventSubscription<PartnershipSnapshot> partnershipEvents(
            PartnershipListener listener, @Value("${intl.students.partnerships-topic}") String topic) {
        return listener.subscription(topic);
    }
}
