package org.openintl.gateway.security;

import org.jspecify.annotations.Nullable;
import org.springframework.web.server.ServerWebExchange;

/**
 * The name of the authenticated caller, kept as an exchange attribute once the token is verified, so that filters
 * outside the security chain (the access log) can name the user.
 */
public final class Caller {

    private static final String ATTRIBUTE = Caller.class.getName() + ".name";

    private Caller() {}

    public static void remember(ServerWebExchange exchange, String name) {
        exchange.getAttributes().put(ATTRIBUTE, name);
    }

    public static @Nullable String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
