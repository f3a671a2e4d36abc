package org.openintl.platform.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The uploaded file as it arrives, remembering whether reading it failed. The CSV parser wraps every read failure the
 * same way as a syntax error; this tells a client that went away (or a connection that broke) apart from a bad file.
 */
final class ReceivedBody extends FilterInputStream {

    private long bytes;
    private IOException failure;

    ReceivedBody(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
            }
            return n;
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** The read failure, or {@code null} when every read so far succeeded. */
    IOException failure() {
        return failure;
    }

    long bytes() {
        return bytes;
    }
}
