package org.openintl.gateway.edge;

import org.openintl.access.ProblemType;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.netty.NettyPipeline;

/**
 * ProblemDetails for what is refused before routing: requests Netty cannot decode ({@link DecodeFailureProblems},
 * right after Reactor Netty's HTTP codec) and URLs Spring Security's firewall refuses ({@code %00}, an encoded
 * slash or dot, {@code ;}, {@code //}), which it would otherwise answer with a bare 400.
 */
@Configuration(proxyBeanMethods = false)
class EdgeProblemsConfiguration {

    static final String HANDLER = "intl.decodeFailureProblems";

    @Bean
    NettyServerCustomizer decodeFailureProblems() {
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new DecodeFailureProblems());
            }
        });
    }

    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemWriter writer) {
        return (exchange, rejected) -> writer.write(
                exchange,
                Problems.problem(
                        ProblemType.MALFORMED,
                        "The request was refused: its URL is malformed or ambiguous",
                        Problems.instance(exchange.getRequest().getPath().value())));
    }
}
