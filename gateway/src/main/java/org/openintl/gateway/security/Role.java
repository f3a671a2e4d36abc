package org.openintl.gateway.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of DESIGN.md section 5, as the roles claim names them; Spring sees {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    PARTNERSHIP_OFFICER,
    STUDENT_COUNSELOR,
    NEWS_EDITOR,
    VIEWER;

    private static final String PREFIX = "ROLE_";

    public String authority() {
        return PREFIX + name();
    }

    /** The role a claim value or authority names, if it is one of ours. */
    public static Optional<Role> parse(String value) {
        String name = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
