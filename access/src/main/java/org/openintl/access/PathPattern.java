package org.openintl.access;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The path patterns of {@link AccessRule}, the subset of Spring's {@code PathPattern} syntax the rules need, matched
 * the same way in the gateway and the services: literal segments, {@code *} or {@code {name}} for exactly one
 * segment, and a trailing {@code /**} for the path itself and anything below it. Segments are compared after
 * percent-decoding and without {@code ;matrix} parameters, as the services' routing sees them, so
 * {@code /api/%73tudents} is in the students' area. A trailing slash is a segment of its own, as in Spring.
 */
record PathPattern(String pattern, List<String> segments, boolean andBelow) {

    static PathPattern parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': " + pattern);
        }
        boolean andBelow = pattern.endsWith("/**");
        String fixed = andBelow ? pattern.substring(0, pattern.length() - 3) : pattern;
        List<String> segments = split(fixed);
        for (String segment : segments) {
            if (segment.contains("**")) {
                throw new IllegalArgumentException("'**' is only allowed as the last segment: " + pattern);
            }
            if (segment.contains("*") && !segment.equals("*")) {
                throw new IllegalArgumentException("'*' stands for a whole segment: " + pattern);
            }
        }
        return new PathPattern(pattern, List.copyOf(segments), andBelow);
    }

    boolean matches(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        List<String> actual = split(path).stream().map(PathPattern::normalise).toList();
        if (actual.size() < segments.size() || (!andBelow && actual.size() != segments.size())) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            boolean any = expected.equals("*") || (expected.startsWith("{") && expected.endsWith("}"));
            if (any ? actual.get(i).isEmpty() : !expected.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "/a/b/" gives [a, b, ""]; "/" gives []. */
    private static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        if (path.length() <= 1) {
            return segments;
        }
        int start = 1;
        while (true) {
            int slash = path.indexOf('/', start);
            if (slash < 0) {
                segments.add(path.substring(start));
                return segments;
            }
            segments.add(path.substring(start, slash));
            start = slash + 1;
        }
    }

    private static String normalise(String segment) {
        int semicolon = segment.indexOf(';');
        return percentDecode(semicolon >= 0 ? segment.substring(0, semicolon) : segment);
    }

    /** RFC 3986 decoding ('+' stays '+'); a broken escape is kept as it is and then matches no literal. */
    private static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length) {
                int hi = Character.digit(bytes[i + 1], 16);
                int lo = Character.digit(bytes[i + 2], 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            out.write(bytes[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
