package org.openintl.platform.accountability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id the current thread works for: the gateway's {@code X-Request-Id}, or one made by
 * {@link RequestIdFilter} for a call that did not come through the gateway. {@code null} outside a request.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** The same rule as the gateway's: ids end up in logs and documents, so only short plain tokens are kept. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    public static String current() {
        return CURRENT.get();
    }

    /** The caller's id when it is acceptable, else a new one. */
    static String accept(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
