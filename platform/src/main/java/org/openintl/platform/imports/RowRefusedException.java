package org.openintl.platform.imports;

/** A row that cannot be imported; the message lists every problem (and is stored in the job with the row's line). */
public final class RowRefusedException extends RuntimeException {

    public RowRefusedException(String message) {
        super(message, null, false, false);
    }
}
