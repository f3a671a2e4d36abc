package org.openintl.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.openintl.platform.health.MongoPingHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Customises Boot's single {@link MongoClient}: UUIDs as the standard binary subtype (readable by every driver), and
 * codecs for records so that domain records are stored as they are. Exposes the service's own database.
 */
@AutoConfiguration(before = {MongoAutoConfiguration.class, MongoHealthContributorAutoConfiguration.class})
public class MongoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer intlMongoSettings() {
        return MongoSettings::apply;
    }

    /** Named like Boot's indicator so that it takes its place as the {@code mongo} health component. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }
}
