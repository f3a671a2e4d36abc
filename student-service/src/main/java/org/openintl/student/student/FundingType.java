package org.openintl.student.student;

/** Who pays. CSC is the Chinese Government Scholarship, always under a named program. */
public enum FundingType {
    CSC,
    PROVINCIAL,
    UNIVERSITY,
    PARTNER,
    SELF_FUNDED;

    public boolean isScholarship() {
        return this != SELF_FUNDED;
    }
}
