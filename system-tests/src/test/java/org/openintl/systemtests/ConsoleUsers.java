package org.openintl.systemtests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * One user per role (besides the built-in admin) for the console's browser tests and the faculty system tests, given to the gateway's local issuer as configured users
 * ({@code intl.issuer.users}, through the environment) with random passwords, as an office would configure its staff.
 */
public final class ConsoleUsers {

    public record User(String name, String password, String role) {}

    public static final User COUNSELOR = user("mei", "STUDENT_COUNSELOR");
    public static final User OFFICER = user("wang", "PARTNERSHIP_OFFICER");
    public static final User EDITOR = user("lin", "NEWS_EDITOR");
    public static final User VIEWER = user("zhao", "VIEWER");
    public static final User FACULTY = user("fang", "FACULTY_OFFICER");

    static final List<User> ALL = List.of(COUNSELOR, OFFICER, EDITOR, VIEWER, FACULTY);

    private ConsoleUsers() {}

    /** {@code INTL_ISSUER_USERS_<n>_USERNAME}, {@code _PASSWORDHASH}, {@code _ROLES_0} for the gateway. */
    static Map<String, String> gatewayEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            User user = ALL.get(i);
            String prefix = "INTL_ISSUER_USERS_" + i + "_";
            env.put(prefix + "USERNAME", user.name());
            // the lowest cost BCrypt allows: the tests sign in often, and the hash is not what they test
            env.put(prefix + "PASSWORDHASH", BCrypt.hashpw(user.password(), BCrypt.gensalt(4)));
            env.put(prefix + "ROLES_0", user.role());
        }
        return env;
    }

    private static User user(String name, String role) {
        return new User(name, "pw-" + UUID.randomUUID(), role);
    }
}
