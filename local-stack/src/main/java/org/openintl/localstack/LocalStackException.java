package org.openintl.localstack;

/** The local stack could not be started or stopped; the message says which process and where its log is. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
