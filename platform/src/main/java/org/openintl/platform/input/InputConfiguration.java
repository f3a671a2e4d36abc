package org.openintl.platform.input;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client writes is taken exactly or refused with a 400 ProblemDetail: strict JSON bodies
 * ({@link StrictRequestJson}), clean query parameters ({@link QueryParameterFilter}). See docs/platform.md.
 */
@AutoConfiguration(after = HttpMessageConvertersAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InputConfiguration {

    /**
     * Puts the strict converter in the place of Spring Boot's JSON converter (same position among the converters,
     * so a controller's {@code String} is still written as text). Boot's customizer sets its own first: this
     * configuration runs after Boot's and its customizer is ordered last, so this one is the one that stays.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictRequestJsonConverter(JsonMapper mapper) {
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(StrictRequestJson.from(mapper));
        return builder -> builder.withJsonConverter(converter);
    }

    @Bean
    RequestJson requestJson(JsonMapper mapper) {
        return new RequestJson(StrictRequestJson.from(mapper));
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter() {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryParameterFilter> queryParameterFilter() {
        FilterRegistrationBean<QueryParameterFilter> registration =
                new FilterRegistrationBean<>(new QueryParameterFilter());
        // before security and everything else: no code of ours sees a query value that breaks the rules
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
