package org.openintl.faculty;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/** What the tests add to the service: a clock they can move, and partnership-service's topic (created by it in production). */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

    @Bean
    TestClock clock() {
        return new TestClock();
    }

    @Bean
    NewTopic partnershipsTopic() {
        return TopicBuilder.name(IntegrationTest.PARTNERSHIPS_TOPIC)
                .partitions(3)
                .replicas(1)
                .build();
    }
}
