package org.openintl.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The six roles, as the token's roles claim names them. Spring Security (gateway and services) sees them as
 * authorities {@code ROLE_<name>}.
 */
public enum Role {
    ADMIN,
    PARTNERSHIP_OFFICER,
    STUDENT_COUNSELOR,
    NEWS_EDITOR,
    /** Foreign experts, high-end talent recruitment and staff going abroad; sees the experts' personal data. */
    FACULTY_OFFICER,
    /** Reads everything, writes nothing and never sees personal data. */
    VIEWER;

    private static final String PREFIX = "ROLE_";

    /** The roles that see students' personal data: passport number, date of birth, contact. */
    public static final Set<Role> PERSONAL_DATA_READERS = Set.copyOf(EnumSet.of(ADMIN, STUDENT_COUNSELOR));

    /**
     * The roles that see the personal data of the faculty service (experts' and talents' names, passports, dates of
     * birth; staff members' names): need to know is per domain, so a student counselor does not see them.
     */
    public static final Set<Role> FACULTY_PERSONAL_DATA_READERS = Set.copyOf(EnumSet.of(ADMIN, FACULTY_OFFICER));

    public String authority() {
        return PREFIX + name();
    }

    /** The role a claim value or an authority names, if it is one of ours (other values are ignored, not errors). */
    public static Optional<Role> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
