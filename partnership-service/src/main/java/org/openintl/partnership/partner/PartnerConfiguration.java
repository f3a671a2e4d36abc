package org.openintl.partnership.partner;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.PendingEventsSignal;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partners' aggregate store (collection {@code partners}): a bean, so that the outbox relay publishes it too. */
@Configuration(proxyBeanMethods = false)
class PartnerConfiguration {

    @Bean
    AggregateStore<Partner> partnerStore(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>("Partner", db, "partners", Partner.class, channel, json::write, wakeup, clock);
    }
}
