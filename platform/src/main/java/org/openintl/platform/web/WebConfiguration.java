package org.openintl.platform.web;

import java.util.List;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.openintl.platform.accountability.RequestIdFilter;
import org.openintl.platform.tracing.TraceparentFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * ProblemDetails for every error (from controllers, filters, the firewall and Tomcat), trace propagation and the
 * request id for every request.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
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
    DatabaseUnavailableAdvice databaseUnavailableAdvice() {
        return new DatabaseUnavailableAdvice();
    }

    @Bean
    TraceparentFilter traceparentFilter() {
        return new TraceparentFilter();
    }

    /** Spring Boot's error controller backs off when this one exists. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Spring Security's firewall ({@code ;}, {@code //}, encoded dots in a path ...): a 400 ProblemDetail. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, e) -> ProblemResponses.write(
                response, 400, "The request was refused: its URL is malformed or ambiguous", null, List.of());
    }

    /** Tomcat's own refusals (before any filter) as ProblemDetails: see {@link ProblemErrorReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceErrorReportValve(context.getParent());
            }
        }));
    }

    private static void replaceErrorReportValve(Container host) {
        if (host == null) {
            return;
        }
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ProblemErrorReportValve) {
                return;
            }
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new ProblemErrorReportValve());
    }
}
