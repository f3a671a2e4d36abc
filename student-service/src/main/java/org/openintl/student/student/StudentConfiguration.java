package org.openintl.student.student;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.PendingEventsSignal;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The students' aggregate store (collection {@code students}): a bean, so that the outbox relay publishes it too. */
@Configuration(proxyBeanMethods = false)
class StudentConfiguration {

    @Bean
    AggregateStore<Student> studentStore(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>("Student", db, "students", Student.class, channel, json::write, wakeup, clock);
    }
}
