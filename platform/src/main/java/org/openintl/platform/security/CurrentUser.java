package org.openintl.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.openintl.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as far as a service needs to know: the user name from the token and the roles it carries.
 * Controllers take it as a method parameter ({@code CurrentUser user}) or call {@link #current()}; in both cases it
 * comes from the verified token of the current request.
 *
 * <pre>{@code
 * @GetMapping("/{id}")
 * StudentView get(@PathVariable UUID id, CurrentUser user) {
 *     Student s = students.get(id);
 *     return user.maySeePersonalData() ? StudentView.full(s) : StudentView.withoutPersonalData(s);
 * }
 * }</pre>
 */
public record CurrentUser(String name, Set<Role> roles) {

    /** No token (a permitted open endpoint, a background job): no roles, so no personal data and no writes. */
    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of());

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of the request this thread is serving; {@link #ANONYMOUS} outside an authenticated request. */
    public static CurrentUser current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static CurrentUser of(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getName() == null) {
            return ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Role.parse(authority.getAuthority()).ifPresent(roles::add);
        }
        return new CurrentUser(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /**
     * Whether students' personal data (passport number, date of birth, contact) may be shown to this caller: only to
     * ADMIN and STUDENT_COUNSELOR. Everybody else gets the record without those fields.
     */
    public boolean maySeePersonalData() {
        return Role.PERSONAL_DATA_READERS.stream().anyMatch(roles::contains);
    }

    /** Whether this caller may change data of the domain that {@code domainRole} writes (ADMIN always may). */
    public boolean mayWrite(Role domainRole) {
        return roles.contains(Role.ADMIN) || roles.contains(domainRole);
    }
}
