package org.openintl.gateway.routing;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Route filter {@code ResendUnsentWrites}: sends a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE})
 * again when its connection could not be made ({@link ConnectException}: refused, or not made within the connect
 * timeout). Such a write never reached a service, so sending it again cannot apply it twice; it goes through the load
 * balancer again, i.e. to the next instance. A write that reached an instance and got no answer is never repeated.
 *
 * <p>Not Spring Cloud Gateway's {@code Retry} filter with these methods and exception: two {@code Retry} filters on
 * one route share one attempt counter (an exchange attribute each increments), so the reads' filter would lose
 * attempts to this one (ADR 0580, amendment).
 */
@Component
public class ResendUnsentWritesGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ResendUnsentWritesGatewayFilterFactory.Config> {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    public ResendUnsentWritesGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> {
            if (!WRITES.contains(exchange.getRequest().getMethod())) {
                return chain.filter(exchange);
            }
            return Mono.defer(() -> chain.filter(exchange))
                    .retryWhen(Retry.backoff(config.getResends(), config.getFirstBackoff())
                            .maxBackoff(config.getMaxBackoff())
                            .jitter(0)
                            .filter(ResendUnsentWritesGatewayFilterFactory::neverSent)
                            // the caller sees the last attempt's own failure, not Reactor's "retries exhausted"
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure())
                            // as the Retry filter does: forget the attempt's routing, so that it is routed again
                            .doBeforeRetry(signal -> ServerWebExchangeUtils.reset(exchange)));
        };
    }

    /** Whether the failure is a connection that was never made, anywhere in the cause chain. */
    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The route filter's arguments (JavaBean: Spring Cloud Gateway binds them through setters). */
    public static class Config {
        private int resends = 2;
        private Duration firstBackoff = Duration.ofMillis(50);
        private Duration maxBackoff = Duration.ofMillis(500);

        public int getResends() {
            return resends;
        }

        public void setResends(int resends) {
            this.resends = resends;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
