package org.openintl.student.document;

/** The immigration documents the office keeps one current copy of per student. */
public enum DocumentType {
    PASSPORT(true, true),
    /** A Chinese visa; its category (X1, X2 ...) is recorded with it. */
    VISA(true, true),
    RESIDENCE_PERMIT(true, true),
    /** Visa application form for study in China (JW201, for government scholarship students). */
    JW201(true, false),
    /** Visa application form for study in China (JW202, for other students). */
    JW202(true, false),
    /** Registration of temporary residence with the local police; {@code issueDate} is the day it was done. */
    ACCOMMODATION_REGISTRATION(false, false),
    INSURANCE(true, true);

    private final boolean numberRequired;
    private final boolean expiryRequired;

    DocumentType(boolean numberRequired, boolean expiryRequired) {
        this.numberRequired = numberRequired;
        this.expiryRequired = expiryRequired;
    }

    public boolean numberRequired() {
        return numberRequired;
    }

    public boolean expiryRequired() {
        return expiryRequired;
    }
}
