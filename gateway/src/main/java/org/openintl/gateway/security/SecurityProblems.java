package org.openintl.gateway.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openintl.access.AccessRules;
import org.openintl.access.ProblemType;
import org.openintl.access.Role;
import org.openintl.gateway.edge.ClientAddress;
import org.openintl.gateway.limits.AnonymousRateLimitWebFilter;
import org.openintl.gateway.limits.AnonymousRateLimiter;
import org.openintl.gateway.problem.ProblemWriter;
import org.openintl.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as ProblemDetails, with the RFC 6750 {@code WWW-Authenticate} header a client uses to tell "no token"
 * from "bad token" from "token lacks a role".
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemWriter writer;
    private final AccessRules rules;
    private final AnonymousRateLimiter anonymous;
    private final ClientAddress clients;

    SecurityProblems(ProblemWriter writer, AccessRules rules, AnonymousRateLimiter anonymous, ClientAddress clients) {
        this.writer = writer;
        this.rules = rules;
        this.anonymous = anonymous;
        this.clients = clients;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        String path = exchange.getRequest().getPath().value();
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (authorization != null) {
            // a refused token is no better than none: whoever sends them counts against the per-client limit
            Optional<Duration> wait = anonymous.tryAcquire(clients.of(exchange));
            if (wait.isPresent()) {
                return AnonymousRateLimitWebFilter.tooMany(exchange, writer, wait.get());
            }
        }
        String description = e instanceof OAuth2AuthenticationException oauth
                        && oauth.getError().getDescription() != null
                ? oauth.getError().getDescription()
                : null;
        String detail = !tokenSent
                ? "A bearer token is required (Authorization: Bearer <token>; POST /auth/token issues one)"
                : description != null ? "The bearer token was refused: " + description : "The bearer token was refused";
        String challenge = !tokenSent
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\""
                        + quoted(description != null ? description : "invalid token") + "\"";
        ProblemDetail problem = Problems.problem(ProblemType.UNAUTHORIZED, detail, Problems.instance(path));
        return writer.write(exchange, problem, h -> h.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(authentication -> forbidden(exchange, authentication.orElse(null)));
    }

    private Mono<Void> forbidden(ServerWebExchange exchange, @Nullable Authentication authentication) {
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        Set<Role> needed = rules.allowed(method, path);
        Set<Role> held = authentication == null ? Set.of() : TokenAuthentication.held(authentication.getAuthorities());
        String who = authentication == null ? "the caller" : "'" + authentication.getName() + "'";
        ProblemDetail problem = Problems.problem(
                ProblemType.FORBIDDEN,
                method + " " + path + " needs one of the roles " + AccessRules.describe(needed) + "; the token of "
                        + who + " has " + AccessRules.describe(held),
                Problems.instance(path));
        problem.setProperty("requiredRoles", EnumSet.copyOf(needed));
        problem.setProperty("roles", held.isEmpty() ? Set.of() : EnumSet.copyOf(held));
        return writer.write(
                exchange,
                problem,
                h -> h.set(
                        HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"insufficient_scope\", error_description=\"the token lacks a role\""));
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
