package org.openintl.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an uploaded file, computed while it is read (the file is never held in memory). */
final class FileFingerprint {

    private final DigestInputStream in;
    private String result;

    FileFingerprint(InputStream body) {
        try {
            this.in = new DigestInputStream(body, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    InputStream stream() {
        return in;
    }

    /** Reads what is left of the file and answers its fingerprint (hex); the same value on later calls. */
    String readToEnd() {
        if (result == null) {
            try {
                in.transferTo(OutputStreamSink.INSTANCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            result = HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
        return result;
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
