package org.openintl.console.signin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in with the local issuer: the token's user name and roles, and the token itself (kept only in the
 * server-side session; the browser holds nothing but the session cookie).
 */
public record ConsoleUser(String name, Set<String> roles, String token, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "ConsoleUser[" + name + ", " + roles + "]";
    }
}
