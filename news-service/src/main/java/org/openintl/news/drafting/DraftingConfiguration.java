package org.openintl.news.drafting;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.openintl.news.article.ArticleService;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.partnership.PartnershipDirectory;
import org.openintl.platform.events.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingProperties.class)
class DraftingConfiguration {

    @Bean
    DraftWriter draftWriter(
            ArticleService articles,
            PartnershipDirectory partnerships,
            ContentLimits limits,
            DraftingProperties properties,
            MeterRegistry meters) {
        return new DraftWriter(articles, partnerships, limits, properties.zone(), meters);
    }

    @Bean
    EventSubscription<StudentListener.StudentData> studentEvents(MongoDatabase db, DraftWriter drafts) {
        return new StudentListener(new NationalityRegistry(db), drafts).subscription();
    }
}
