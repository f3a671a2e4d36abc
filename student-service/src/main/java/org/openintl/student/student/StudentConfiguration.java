package org.openintl.student.student;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The students' aggregate store (collection {@code students}): a bean, so that the outbox relay publishes it too. */
@Configuration(proxyBeanMethods = false)
class StudentConfiguration {

    @Bean
    AggregateStore<Student> studentStore(AggregateStores stores) {
        return stores.aggregate("Student", "students", Student.class);
    }
}
