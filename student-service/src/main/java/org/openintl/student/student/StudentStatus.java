package org.openintl.student.student;

import java.util.List;
import java.util.Locale;

/**
 * The lifecycle {@code APPLIED -> ADMITTED -> ENROLLED <-> SUSPENDED -> GRADUATED | WITHDRAWN}. Graduation is from
 * ENROLLED (a suspended student resumes first); withdrawal is possible from every state before the end. GRADUATED
 * students are alumni: kept and searchable, never moved again.
 */
public enum StudentStatus {
    APPLIED,
    ADMITTED,
    ENROLLED,
    SUSPENDED,
    GRADUATED,
    WITHDRAWN;

    public List<StudentStatus> allowedNext() {
        switch (this) {
            case APPLIED:
                return List.of(ADMITTED, WITHDRAWN);
            case ADMITTED:
                return List.of(ENROLLED, WITHDRAWN);
            case ENROLLED:
                return List.of(SUSPENDED, GRADUATED, WITHDRAWN);
            case SUSPENDED:
                return List.of(ENROLLED, WITHDRAWN);
            default:
                return List.of();
        }
    }

    /** Still with the university (or on the way): deadlines run and partnership risks concern them. */
    public boolean isCurrent() {
        return this != GRADUATED && this != WITHDRAWN;
    }

    /** The event announcing that a student reached this state, e.g. {@code intl.student.enrolled.v1}. */
    public String eventType() {
        return "intl.student." + name().toLowerCase(Locale.ROOT) + ".v1";
    }
}
