package org.openintl.platform.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;

/**
 * Tells the driver's "the database cannot be reached right now" apart from every other failure: no server selected in
 * time, a socket that would not open or broke, a pool cleared by a failed connection, a primary stepping down, an
 * operation out of time. These pass when the database is back; they are a 503 to a caller and a reason for a
 * consumer to wait, never a reason to give up on a record.
 */
public final class DatabaseUnavailable {

    private static final List<Class<? extends RuntimeException>> TRANSIENT = List.of(
            MongoTimeoutException.class,
            MongoSocketException.class,
            MongoConnectionPoolClearedException.class,
            MongoServerUnavailableException.class,
            MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class,
            MongoExecutionTimeoutException.class,
            MongoOperationTimeoutException.class);

    private DatabaseUnavailable() {}

    /** Whether {@code failure} or one of its causes says the database is unreachable. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (TRANSIENT.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
