package org.openintl.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openintl.access.AccessRules;
import org.openintl.access.ProblemType;
import org.openintl.access.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as ProblemDetails. Spring's bearer-token handlers still set the status and the RFC 6750
 * {@code WWW-Authenticate} header; this adds the body every other error of ours has.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler deniedHandler = new BearerTokenAccessDeniedHandler();
    private final AccessRules rules;

    SecurityProblems(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        entryPoint.commence(request, response, e);
        ProblemBodies.write(
                response, ProblemType.UNAUTHORIZED, unauthorizedDetail(request, e), path(request), Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        deniedHandler.handle(request, response, e);
        String path = path(request);
        Set<Role> needed = rules.allowed(request.getMethod(), path);
        CurrentUser user = CurrentUser.current();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("requiredRoles", EnumSet.copyOf(needed));
        extra.put("roles", user.roles().isEmpty() ? Set.of() : EnumSet.copyOf(user.roles()));
        String detail = request.getMethod() + " " + path + " needs one of the roles " + AccessRules.describe(needed)
                + "; the token of '" + user.name() + "' has "
                + (user.roles().isEmpty() ? "none of them" : AccessRules.describe(user.roles()));
        ProblemBodies.write(response, ProblemType.FORBIDDEN, detail, path, extra);
    }

    static String unauthorizedDetail(HttpServletRequest request, AuthenticationException e) {
        if (request.getHeader("Authorization") == null) {
            return "A bearer token is required (Authorization: Bearer <token>)";
        }
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return "The bearer token was refused: " + oauth.getError().getDescription();
        }
        return "The bearer token was refused";
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
