package org.openintl.student.student;

import org.openintl.access.Role;
import org.openintl.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes what of a student, beyond the areas of the access rules (docs/security.md, "Students: need to
 * know"). Only ADMIN and STUDENT_COUNSELOR see names, personal data, immigration details and notes; every other role
 * gets counts and the non-personal fields. With {@code intl.students.access.counselor-scope: assigned} a counselor
 * sees and changes only the students assigned to them. Refusals are {@link AccessDeniedException}s: 403 ProblemDetails.
 */
@Component
public class StudentAccess {

    private final AccessProperties properties;

    StudentAccess(AccessProperties properties) {
        this.properties = properties;
    }

    /** Whether the caller sees this student's names, personal data, immigration details and notes. */
    public boolean mayReadPersonalData(Student s) {
        CurrentUser user = CurrentUser.current();
        return user.has(Role.ADMIN) || (user.maySeePersonalData() && (!assignedOnly() || isAssigned(s, user)));
    }

    /** Whether the caller sees personal data of any student at all (the export, name searches). */
    public boolean mayReadAnyPersonalData() {
        return CurrentUser.current().maySeePersonalData();
    }

    /** A change (edit, transition, document) of an existing student; the area's write roles were checked already. */
    public void requireMayChange(Student s) {
        CurrentUser user = CurrentUser.current();
        if (assignedOnly() && !user.has(Role.ADMIN) && !isAssigned(s, user)) {
            throw new AccessDeniedException("student " + s.id() + " is not assigned to '" + user.name()
                    + "' (intl.students.access.counselor-scope: assigned)");
        }
    }

    /** A registration: under the assigned scope a counselor registers only students assigned to themselves. */
    public void requireMayRegister(String counselor) {
        CurrentUser user = CurrentUser.current();
        if (assignedOnly() && !user.has(Role.ADMIN) && !user.name().equals(counselor)) {
            throw new AccessDeniedException("under intl.students.access.counselor-scope: assigned, '" + user.name()
                    + "' registers only students whose counselor is '" + user.name() + "'");
        }
    }

    /** An import registers students for any counselor: under the assigned scope only ADMIN may start one. */
    public void requireMayImport() {
        CurrentUser user = CurrentUser.current();
        if (assignedOnly() && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException(
                    "under intl.students.access.counselor-scope: assigned, imports need the role ADMIN");
        }
    }

    /**
     * The filter a list or count may use: a name search tells whether a student of that name exists, so it needs the
     * right to see names; under the assigned scope it is limited to the counselor's own students.
     */
    public StudentFilter listFilter(StudentFilter filter) {
        if (filter.name() == null) {
            return filter;
        }
        if (!mayReadAnyPersonalData()) {
            throw new AccessDeniedException(
                    "searching students by name needs one of the roles ADMIN, STUDENT_COUNSELOR");
        }
        return ownStudents(filter);
    }

    /** The export holds names and personal data: ADMIN and STUDENT_COUNSELOR only (own students when assigned). */
    public StudentFilter exportFilter(StudentFilter filter) {
        if (!mayReadAnyPersonalData()) {
            throw new AccessDeniedException("the export of students needs one of the roles ADMIN, STUDENT_COUNSELOR");
        }
        return ownStudents(filter);
    }

    private StudentFilter ownStudents(StudentFilter filter) {
        CurrentUser user = CurrentUser.current();
        if (!assignedOnly() || user.has(Role.ADMIN)) {
            return filter;
        }
        if (filter.counselor() != null && !filter.counselor().equals(user.name())) {
            throw new AccessDeniedException("'" + user.name() + "' reads only the students assigned to them"
                    + " (intl.students.access.counselor-scope: assigned)");
        }
        return filter.withCounselor(user.name());
    }

    private boolean assignedOnly() {
        return properties.counselorScope() == AccessProperties.CounselorScope.ASSIGNED;
    }

    private static boolean isAssigned(Student s, CurrentUser user) {
        return user.name().equals(s.profile().counselor());
    }
}
