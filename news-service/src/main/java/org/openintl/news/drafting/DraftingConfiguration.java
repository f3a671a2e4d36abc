package org.openintl.news.drafting;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingProperties.class)
class DraftingConfiguration {

    @Bean
    NationalityRegistry nationalityRegistry(MongoDatabase db) {
        return new NationalityRegistry(db);
    }
}
