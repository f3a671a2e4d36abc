package org.openintl.platform.imports;

/**
 * Protects staged chunks of rows (JSON) at rest. {@code context} is unique per chunk; a sealing implementation binds
 * the ciphertext to it, so that a chunk cannot be swapped for another.
 */
public interface StagedRows {

    /** Rows kept as they are: for registers without personal data. */
    StagedRows PLAIN = new StagedRows() {
        @Override
        public Stored seal(String json, String context) {
            return new Stored(null, json);
        }

        @Override
        public String open(Stored stored, String context) {
            return stored.data();
        }
    };

    Stored seal(String json, String context);

    /**
     * @throws UnreadableStagedRowsException when the chunk cannot be opened (e.g. its key is gone); the job FAILS
     */
    String open(Stored stored, String context);

    /** A chunk as stored: the id of the key that sealed it ({@code null} when plain) and the data. */
    record Stored(String keyId, String data) {}

    /** The staged rows cannot be read back. */
    class UnreadableStagedRowsException extends RuntimeException {
        public UnreadableStagedRowsException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
