package org.openintl.faculty.document;

/** The documents of a foreign expert the office keeps, and the contract, whose end is a deadline too. */
public enum DocumentType {
    PASSPORT(true, true),
    /** The Foreigner's Work Permit (外国人工作许可证). */
    WORK_PERMIT(true, true),
    /** The Z (work) visa, with the day of entry once the expert entered China with it. */
    Z_VISA(true, true),
    RESIDENCE_PERMIT(true, true),
    /** The police registration of the accommodation (境外人员住宿登记); the issue date is the day of registration. */
    ACCOMMODATION_REGISTRATION(false, false),
    /** Not filed: the contract's dates are the expert's {@code contractStart} and {@code contractEnd}. */
    CONTRACT(false, false);

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
