package org.openintl.news.stats;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.openintl.news.article.ArticleService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    NewsMetrics newsMetrics(
            MeterRegistry meters,
            ArticleService articles,
            Clock clock,
            @Value("${intl.news.metrics.refresh:15s}") Duration refresh) {
        return new NewsMetrics(meters, new FactsCache(articles::facts, refresh, clock), clock);
    }
}
