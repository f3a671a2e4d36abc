package org.openintl.platform.imports;

/** What importing one valid row did. */
public enum ImportOutcome {
    /** a new record */
    CREATED,
    /** the record with the row's natural key was there already; nothing was changed */
    MATCHED
}
