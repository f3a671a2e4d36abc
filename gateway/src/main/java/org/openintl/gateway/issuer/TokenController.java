package org.openintl.gateway.issuer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openintl.access.AccessRules;
import org.openintl.access.ProblemType;
import org.openintl.access.Role;
import org.openintl.gateway.edge.ClientAddress;
import org.openintl.gateway.edge.LogText;
import org.openintl.gateway.problem.Problems;
import org.openintl.gateway.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /auth/token}: a user name and password for a bearer token. {@code roles} narrows the token to some of
 * the user's roles (a VIEWER token for a dashboard, say). Wrong credentials are a 401; repeated failures a 429.
 */
@RestController
@ConditionalOnProperty(prefix = "intl.issuer", name = "enabled", havingValue = "true", matchIfMissing = true)
class TokenController {

    private static final Logger log = LoggerFactory.getLogger(TokenController.class);

    private final LocalUsers users;
    private final TokenIssuer issuer;
    private final LoginThrottle throttle;
    private final ClientAddress clients;

    TokenController(LocalUsers users, TokenIssuer issuer, LoginThrottle throttle, ClientAddress clients) {
        this.users = users;
        this.issuer = issuer;
        this.throttle = throttle;
        this.clients = clients;
    }

    record TokenRequest(
            @Nullable String username,
            @Nullable String password,
            @Nullable List<String> roles) {}

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {}

    @PostMapping(
            path = "/auth/token",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TokenResponse>> token(@RequestBody TokenRequest request, ServerWebExchange exchange) {
        String username = request.username();
        String password = request.password();
        List<Map<String, String>> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add(fieldError("username", "is required"));
        }
        if (password == null || password.isEmpty()) {
            missing.add(fieldError("password", "is required"));
        }
        if (!missing.isEmpty()) {
            return Mono.error(Refusal.invalid("username and password are required", missing));
        }
        String client = clients.of(exchange);
        // the slot is taken before the password is checked: parallel guesses cannot all pass the check (ADR 0462)
        LoginThrottle.Attempt attempt = throttle.tryAcquire(username, client);
        if (attempt.slot().isEmpty()) {
            log.info(
                    "Refused a login of {} from {}: too many failed logins",
                    loggable(username),
                    LogText.escape(client));
            return Mono.error(Refusal.throttled(attempt.retryAfter()));
        }
        LoginThrottle.Slot slot = attempt.slot().get();
        // BCrypt is slow on purpose; it must not hold an event-loop thread
        return Mono.fromCallable(() -> users.authenticate(username, password))
                .subscribeOn(Schedulers.boundedElastic())
                .map(user -> {
                    if (user.isEmpty()) {
                        log.info(
                                "Refused a token for {} from {}: wrong user name or password",
                                loggable(username),
                                LogText.escape(client));
                        throw Refusal.wrongCredentials();
                    }
                    throttle.succeeded(slot);
                    Caller.remember(exchange, username);
                    Set<Role> roles = narrow(user.get(), request.roles());
                    TokenIssuer.Issued issued = issuer.issue(username, roles);
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noStore())
                            .body(new TokenResponse(
                                    issued.token(), "Bearer", issued.validFor().toSeconds()));
                });
    }

    /**
     * A user name for the log: a known user's name, escaped; an unknown one only by its length, because what people
     * type into the name field is now and then their password.
     */
    private String loggable(String username) {
        return users.exists(username)
                ? "'" + LogText.escape(username) + "'"
                : "an unknown user name (" + username.length() + " chars)";
    }

    /** The requested subset of the user's roles; all of them when none are requested. */
    static Set<Role> narrow(IssuerProperties.User user, @Nullable List<String> requested) {
        if (requested == null) {
            return user.roles();
        }
        if (requested.isEmpty()) {
            throw Refusal.invalid(
                    "roles must name at least one role when given",
                    List.of(fieldError("roles", "must not be empty; leave it out for all of the user's roles")));
        }
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        for (String name : requested) {
            Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(name))
                    .findFirst()
                    .ifPresentOrElse(wanted::add, () -> unknown.add(String.valueOf(name)));
        }
        if (!unknown.isEmpty()) {
            String message =
                    "unknown role(s) " + unknown + "; the roles are " + AccessRules.describe(EnumSet.allOf(Role.class));
            throw Refusal.invalid(message, List.of(fieldError("roles", message)));
        }
        Set<Role> lacking = EnumSet.copyOf(wanted);
        lacking.removeAll(user.roles());
        if (!lacking.isEmpty()) {
            throw Refusal.forbidden("User '" + user.username() + "' does not have the role(s) "
                    + AccessRules.describe(lacking) + "; a token can only carry roles the user has: "
                    + AccessRules.describe(user.roles()));
        }
        return wanted;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, ServerWebExchange exchange) {
        ProblemDetail problem = refusal.problem;
        problem.setInstance(Problems.instance(exchange.getRequest().getPath().value()));
        return ResponseEntity.status(problem.getStatus())
                .headers(refusal.headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** Why no token was issued, as the ProblemDetail the caller gets. */
    static final class Refusal extends RuntimeException {

        final ProblemDetail problem;
        final HttpHeaders headers = new HttpHeaders();

        private Refusal(ProblemDetail problem) {
            super(problem.getDetail(), null, false, false);
            this.problem = problem;
        }

        static Refusal invalid(String detail, List<Map<String, String>> errors) {
            ProblemDetail problem = Problems.problem(ProblemType.VALIDATION, detail, null);
            problem.setProperty("errors", errors);
            return new Refusal(problem);
        }

        static Refusal wrongCredentials() {
            return new Refusal(Problems.problem(ProblemType.UNAUTHORIZED, "Unknown user name or wrong password", null));
        }

        static Refusal forbidden(String detail) {
            return new Refusal(Problems.problem(ProblemType.FORBIDDEN, detail, null));
        }

        static Refusal throttled(Duration wait) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ProblemDetail problem = Problems.problem(
                    ProblemType.TOO_MANY_REQUESTS, "Too many failed logins; retry in " + seconds + " s", null);
            problem.setProperty("retryAfterSeconds", seconds);
            Refusal refusal = new Refusal(problem);
            refusal.headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            return refusal;
        }
    }
}
