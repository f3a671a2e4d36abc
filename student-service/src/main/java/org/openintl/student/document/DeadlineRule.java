package org.openintl.student.document;

/** Why a deadline exists; each is documented in docs/student-service.md. */
public enum DeadlineRule {
    /** The passport expires: renew it and then the residence permit that is tied to it. */
    PASSPORT_EXPIRY,
    /** The residence permit expires: apply for extension before it does. */
    RESIDENCE_PERMIT_EXPIRY,
    /** Entered with an X1 visa: a residence permit is due within 30 days of entry. */
    X1_RESIDENCE_PERMIT,
    /** Arrived or moved: the accommodation must be registered with the police within 24 hours. */
    ACCOMMODATION_REGISTRATION
}
