package org.openintl.platform.deadletters;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.openintl.platform.events.EventIntake;
import org.openintl.platform.events.EventSubscriptions;
import org.openintl.platform.events.EventsConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;

/** The dead-letter endpoints of every consuming service. */
@AutoConfiguration(after = EventsConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DeadLetterConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    DeadLetters deadLetters(
            EventSubscriptions subscriptions,
            ConsumerFactory<?, ?> consumers,
            MongoDatabase database,
            ObjectProvider<Clock> clock,
            EventIntake intake) {
        return new DeadLetters(
                subscriptions,
                new DeadLetterTopic((ConsumerFactory<String, byte[]>) consumers),
                new DeadLetterReplays(database, clock.getIfAvailable(Clock::systemUTC)),
                intake);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
