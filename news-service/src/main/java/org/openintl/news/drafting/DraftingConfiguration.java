package org.openintl.news.drafting;

import com.mongodb.client.MongoDatabase;
import org.openintl.platform.events.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingProperties.class)
class DraftingConfiguration {

    @Bean
    EventSubscription<StudentListener.StudentData> studentEvents(MongoDatabase db, DraftWriter drafts) {
        return new StudentListener(new NationalityRegistry(db), drafts).subscription();
    }
}
