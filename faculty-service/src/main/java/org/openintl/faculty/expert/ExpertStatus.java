package org.openintl.faculty.expert;

import java.util.List;
import java.util.Locale;

/**
 * {@code CANDIDATE -> CONTRACTED -> IN_SERVICE <-> ON_LEAVE -> DEPARTED}; every state before the end may go to
 * DEPARTED (a candidate who never came, a contract ended early). DEPARTED experts are kept, never moved again.
 */
public enum ExpertStatus {
    CANDIDATE,
    CONTRACTED,
    IN_SERVICE,
    ON_LEAVE,
    DEPARTED;

    public List<ExpertStatus> allowedNext() {
        return switch (this) {
            case CANDIDATE -> List.of(CONTRACTED, DEPARTED);
            case CONTRACTED -> List.of(IN_SERVICE, DEPARTED);
            case IN_SERVICE -> List.of(ON_LEAVE, DEPARTED);
            case ON_LEAVE -> List.of(IN_SERVICE, DEPARTED);
            case DEPARTED -> List.of();
        };
    }

    /** Under contract: the documents' deadlines run. */
    public boolean hasDeadlines() {
        return this == CONTRACTED || this == IN_SERVICE || this == ON_LEAVE;
    }

    /** The event announcing that an expert reached this state, e.g. {@code intl.expert.in-service.v1}. */
    public String eventType() {
        return "intl.expert." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".v1";
    }
}
