package org.openintl.platform.imports;

/**
 * The file stopped arriving before its end (the client went away, the connection broke or timed out): nothing was
 * kept. Not the file's fault, so neither "not valid CSV" nor a server error.
 */
public final class UploadInterruptedException extends RuntimeException {

    UploadInterruptedException(long bytesReceived, Throwable cause) {
        super(
                "the upload ended after " + bytesReceived + " bytes, before the whole file arrived; nothing was kept: "
                        + "send the file again",
                cause);
    }
}
