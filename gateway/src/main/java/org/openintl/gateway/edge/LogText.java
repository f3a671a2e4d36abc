package org.openintl.gateway.edge;

/**
 * User-supplied text made safe for one log line: CR, LF and other control characters become visible escapes
 * ({@code \n}, {@code \u001b}), so nobody forges a second line, and long text is cut.
 */
public final class LogText {

    private static final int MAX = 100;

    private LogText() {}

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
