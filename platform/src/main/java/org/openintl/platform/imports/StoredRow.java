package org.openintl.platform.imports;

import org.openintl.platform.domain.DomainException;

/**
 * What storing one row did, as {@link ImportRegister#storeAll} answers it: its outcome, or why it was refused (a
 * {@link RowRefusedException} or a {@link DomainException}, reported with the row's line).
 */
public record StoredRow(ImportOutcome outcome, RuntimeException refusal) {

    public StoredRow {
        if ((outcome == null) == (refusal == null)) {
            throw new IllegalArgumentException("a stored row has an outcome or a refusal");
        }
        if (refusal != null && !(refusal instanceof RowRefusedException || refusal instanceof DomainException)) {
            throw new IllegalArgumentException("a row is refused with a RowRefusedException or a DomainException");
        }
    }

    public static StoredRow of(ImportOutcome outcome) {
        return new StoredRow(outcome, null);
    }

    public static StoredRow refused(RuntimeException refusal) {
        return new StoredRow(null, refusal);
    }

    /** Refused when {@code refusal} is given; else created, or matched (the row's record was there already). */
    public static StoredRow of(boolean created, RuntimeException refusal) {
        return refusal != null ? refused(refusal) : of(created ? ImportOutcome.CREATED : ImportOutcome.MATCHED);
    }

    /** The outcome, as {@link ImportRegister#store} answers it; the refusal is thrown. */
    public ImportOutcome outcomeOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return outcome;
    }
}
