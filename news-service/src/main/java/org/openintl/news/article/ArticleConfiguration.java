package org.openintl.news.article;

import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.AggregateStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The article feature's infrastructure: its aggregate store (collection {@code articles}) and the web limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArticleProperties.class)
class ArticleConfiguration {

    @Bean
    AggregateStore<StoredArticle> articleAggregates(AggregateStores stores) {
        return stores.aggregate("Article", "articles", StoredArticle.class);
    }

    @Bean
    ContentLimits contentLimits(ArticleProperties properties) {
        return properties.limits();
    }

    @Bean
    WebMvcConfigurer articleRequestLimit(ArticleProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestSizeInterceptor(properties.requestLimitBytes()))
                        .addPathPatterns("/api/news", "/api/news/**");
            }
        };
    }
}
