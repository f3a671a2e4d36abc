package org.openintl.faculty.trip;

import java.util.List;
import java.util.Locale;

/**
 * {@code DRAFT -> SUBMITTED -> APPROVED | REJECTED}, then {@code APPROVED -> DEPARTED -> RETURNED -> REPORTED}.
 * REJECTED and REPORTED are final (a rejected plan is recorded again as a new trip).
 */
public enum TripStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    DEPARTED,
    RETURNED,
    REPORTED;

    public List<TripStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(APPROVED, REJECTED);
            case APPROVED -> List.of(DEPARTED);
            case DEPARTED -> List.of(RETURNED);
            case RETURNED -> List.of(REPORTED);
            case REJECTED, REPORTED -> List.of();
        };
    }

    /** Before the approval the plan may still be edited. */
    public boolean editable() {
        return this == DRAFT || this == SUBMITTED;
    }

    /** The event announcing that a trip reached this state, e.g. {@code intl.staff-trip.returned.v1}. */
    public String eventType() {
        return "intl.staff-trip." + (this == DRAFT ? "drafted" : name().toLowerCase(Locale.ROOT)) + ".v1";
    }
}
