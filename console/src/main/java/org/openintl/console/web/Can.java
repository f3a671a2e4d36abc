package org.openintl.console.web;

import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the pages ask before they show a button or a field ({@code ${@can.writeStudents()}}): the roles table of
 * docs/security.md. Only for display: the API decides every call again.
 */
@Component("can")
public class Can {

    public boolean writePartnerships() {
        return has("PARTNERSHIP_OFFICER");
    }

    public boolean writeStudents() {
        return has("STUDENT_COUNSELOR");
    }

    /** names, passports, documents and deadlines of students */
    public boolean seePersonalData() {
        return has("STUDENT_COUNSELOR");
    }

    public boolean writeFaculty() {
        return has("FACULTY_OFFICER");
    }

    /** names, passports, documents and deadlines of foreign experts */
    public boolean seeFacultyPersonalData() {
        return has("FACULTY_OFFICER");
    }

    public boolean writeNews() {
        return has("NEWS_EDITOR");
    }

    private static boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_" + role));
    }
}
