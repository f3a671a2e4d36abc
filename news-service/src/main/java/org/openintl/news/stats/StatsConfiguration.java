package org.openintl.news.stats;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.openintl.news.article.ArticleStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    NewsMetrics newsMetrics(
            MeterRegistry meters,
            ArticleStore store,
            Clock clock,
            @Value("${intl.news.metrics.refresh:15s}") Duration refresh) {
        return new NewsMetrics(meters, new FactsCache(store::facts, refresh, clock), clock);
    }
}
