package org.openintl.platform.imports;

import java.time.Duration;
import java.util.UUID;

/**
 * A replay of an {@code Idempotency-Key} whose first upload is still being received (or has just failed): there is no
 * job to answer yet, and joining one that may still fail would promise a job that can vanish. The client sends the
 * same request again after {@link #RETRY_AFTER}.
 */
public final class StillReceivingException extends RuntimeException {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public StillReceivingException(UUID id) {
        super("an upload with this Idempotency-Key is still being received (import " + id + "); send the same "
                + "request again after " + RETRY_AFTER.toSeconds() + " s: you then get its job, or, if that upload "
                + "failed, yours is started");
    }
}
