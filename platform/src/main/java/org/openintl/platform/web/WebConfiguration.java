package org.openintl.platform.web;

import org.openintl.platform.accountability.RequestIdFilter;
import org.openintl.platform.tracing.TraceparentFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** ProblemDetails for every error, trace propagation and the request id for every request. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    RequestIdFilter requestIdFilter() {
        return new RequestIdFilter();
    }

    @Bean
    TraceparentFilter traceparentFilter() {
        return new TraceparentFilter();
    }
}
