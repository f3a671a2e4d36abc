package org.openintl.gateway.issuer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openintl.access.Role;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The users the local issuer knows: {@code admin} (every role) and those configured under {@code intl.issuer.users},
 * with BCrypt password hashes. Checking a password is deliberately slow (BCrypt), so callers run it off the event
 * loop.
 */
final class LocalUsers {

    static final String ADMIN = "admin";

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final Map<String, IssuerProperties.User> users = new LinkedHashMap<>();
    /** Compared against when the user is unknown, so that "no such user" takes as long as "wrong password". */
    private final String decoyHash;
    /** Every BCrypt comparison, so that an operator (and a test) sees what password guessing costs. */
    private final Counter passwordChecks;

    LocalUsers(IssuerProperties properties, String adminPassword, MeterRegistry meters) {
        this.passwordChecks = Counter.builder("intl.issuer.password.checks")
                .description("Passwords compared against a BCrypt hash (POST /auth/token)")
                .register(meters);
        users.put(ADMIN, new IssuerProperties.User(ADMIN, encoder.encode(adminPassword), EnumSet.allOf(Role.class)));
        for (IssuerProperties.User user : properties.users()) {
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalArgumentException("intl.issuer.users[].username is required");
            }
            if (user.passwordHash() == null
                    || !user.passwordHash().matches("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}")) {
                throw new IllegalArgumentException("intl.issuer.users[" + user.username()
                        + "].password-hash must be a BCrypt hash (htpasswd -nbBC 12 \"\" <password> | cut -c2-)");
            }
            if (user.username().equals(ADMIN)) {
                throw new IllegalArgumentException(
                        "user 'admin' is built in; set its password with INTL_ADMIN_PASSWORD");
            }
            Set<Role> roles = user.roles() == null || user.roles().isEmpty() ? Set.of(Role.VIEWER) : user.roles();
            users.put(user.username(), new IssuerProperties.User(user.username(), user.passwordHash(), roles));
        }
        this.decoyHash = encoder.encode(AdminPassword.generate());
    }

    /** Whether the name is a user's, so that a log line may name it (a password typed as a name must not be logged). */
    boolean exists(String username) {
        return users.containsKey(username);
    }

    /** The user, if the password is right. Blocking: BCrypt takes tens of milliseconds on purpose. */
    Optional<IssuerProperties.User> authenticate(String username, String password) {
        IssuerProperties.User user = users.get(username);
        passwordChecks.increment();
        boolean matches = encoder.matches(password, user != null ? user.passwordHash() : decoyHash);
        return matches && user != null ? Optional.of(user) : Optional.empty();
    }
}
