package org.openintl.localstack;

import java.io.IOException;
import java.io.OutputStream;

/** Writes to the console and keeps a copy for assertions; the copy is the lock, so readers see whole lines. */
final class TeeOutputStream extends OutputStream {

    private final OutputStream first;
    private final OutputStream copy;

    TeeOutputStream(OutputStream first, OutputStream copy) {
        this.first = first;
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        synchronized (copy) {
            first.write(b);
            copy.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        synchronized (copy) {
            first.write(b, off, len);
            copy.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        first.flush();
    }
}
