package org.openintl.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of DESIGN.md section 5, as they appear in the token's roles claim. Spring Security sees them as
 * authorities {@code ROLE_<name>}.
 */
public enum Role {
    ADMIN,
    PARTNERSHIP_OFFICER,
    STUDENT_COUNSELOR,
    NEWS_EDITOR,
    /** Reads everything, writes nothing and never sees personal data. */
    VIEWER;

    private static final String PREFIX = "ROLE_";

    /** The roles that see students' personal data: passport number, date of birth, contact. */
    public static final Set<Role> PERSONAL_DATA_READERS = Set.copyOf(EnumSet.of(ADMIN, STUDENT_COUNSELOR));

    public String authority() {
        return PREFIX + name();
    }

    /** The role a claim value or an authority names, if it is one of ours (other values are ignored, not errors). */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
