package org.openintl.faculty.trip;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff trips' aggregate store (collection {@code staff_trips}), published by the outbox relay. */
@Configuration(proxyBeanMethods = false)
class TripConfiguration {

    @Bean
    AggregateStore<StaffTrip> tripStore(AggregateStores stores) {
        return stores.aggregate("StaffTrip", "staff_trips", StaffTrip.class);
    }
}
