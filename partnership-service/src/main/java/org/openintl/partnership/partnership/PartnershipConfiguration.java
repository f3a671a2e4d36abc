package org.openintl.partnership.partnership;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.PendingEventsSignal;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnerships' aggregate store (collection {@code partnerships}): a bean, so that the outbox relay publishes it
 * too.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    AggregateStore<Partnership> partnershipStore(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>(
                "Partnership", db, "partnerships", Partnership.class, channel, json::write, wakeup, clock);
    }
}
