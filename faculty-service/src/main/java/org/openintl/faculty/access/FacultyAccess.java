package org.openintl.faculty.access;

import org.openintl.access.Role;
import org.openintl.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need to know in the faculty service: names, personal data (passport, date of birth, gender), documents, staff ids,
 * funding amounts, reports and notes only for ADMIN and FACULTY_OFFICER ({@link Role#FACULTY_PERSONAL_DATA_READERS});
 * every other role gets counts and the non-personal fields. Writes were already limited to those two roles by the
 * access rules of the area.
 */
@Component
public class FacultyAccess {

    /** Whether the caller sees the personal fields of experts, talent candidates and staff trips. */
    public boolean mayReadPersonalData() {
        CurrentUser user = CurrentUser.current();
        return Role.FACULTY_PERSONAL_DATA_READERS.stream().anyMatch(user::has);
    }

    /** A search by name tells whether somebody of that name is on record: it needs the right to see names. */
    public void requireMaySearchByName(String name, String what) {
        if (name != null && !mayReadPersonalData()) {
            throw new AccessDeniedException(
                    "searching " + what + " by name needs one of the roles ADMIN, FACULTY_OFFICER");
        }
    }
}
