package org.openintl.gateway.edge;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Installs {@link DecodeFailureProblems} on every connection, right after Reactor Netty's HTTP codec. */
@Configuration(proxyBeanMethods = false)
class DecodeFailureConfiguration {

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
}
