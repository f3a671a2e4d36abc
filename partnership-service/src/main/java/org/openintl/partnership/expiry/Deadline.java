package org.openintl.partnership.expiry;

/** What can run out on a partnership. */
public enum Deadline {
    END_DATE,
    APPROVAL_EXPIRY,
    EVALUATION_DUE
}
