package org.openintl.partnership.partnership;

/** What can run out on a partnership. */
public enum Deadline {
    END_DATE,
    APPROVAL_EXPIRY,
    EVALUATION_DUE
}
