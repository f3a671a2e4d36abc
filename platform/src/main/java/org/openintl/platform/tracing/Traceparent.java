package org.openintl.platform.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** A W3C {@code traceparent} value (version 00): trace id, parent span id and flags. */
public record Traceparent(String traceId, String spanId, String flags) {

    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static Traceparent newRoot() {
        return new Traceparent(randomHex(16), randomHex(8), "01");
    }

    /** Parses a header value; an absent or malformed one yields empty, as the W3C spec asks receivers to restart. */
    public static Optional<Traceparent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(header.strip());
        if (!m.matches() || m.group(1).chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(new Traceparent(m.group(1), m.group(2), m.group(3)));
    }

    /** Same trace, new span: what a step caused by this one carries on. */
    public Traceparent child() {
        return new Traceparent(traceId, randomHex(8), flags);
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HEX.formatHex(b);
    }
}
