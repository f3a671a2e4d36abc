package org.openintl.faculty.document;

/** Why an expert's deadline exists; each is documented in docs/faculty-service.md. */
public enum DeadlineRule {
    /** The passport expires: renew it, then the residence permit tied to it. */
    PASSPORT_EXPIRY,
    /** The work permit expires: its renewal is due 30 days before. */
    WORK_PERMIT_RENEWAL,
    /** Entered with a Z visa: a residence permit is due within 30 days of entry. */
    Z_VISA_RESIDENCE_PERMIT,
    /** The residence permit expires: apply for extension before it does. */
    RESIDENCE_PERMIT_EXPIRY,
    /** Arrived or moved: the accommodation must be registered with the police within 24 hours. */
    ACCOMMODATION_REGISTRATION,
    /** The contract ends: the decision to renew it or not is due 90 days before. */
    CONTRACT_RENEWAL_DECISION
}
