package org.openintl.platform.tracing;

/**
 * The trace the current thread works for, so that events written during an HTTP request or while handling an event
 * carry the caller's trace. Set by {@link TraceparentFilter} and by event listeners; a fresh root when unset.
 */
public final class TraceContext {

    private static final ThreadLocal<Traceparent> CURRENT = new ThreadLocal<>();

    private TraceContext() {}

    public static Traceparent current() {
        Traceparent t = CURRENT.get();
        return t != null ? t : Traceparent.newRoot();
    }

    public static void set(Traceparent traceparent) {
        CURRENT.set(traceparent);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
