package org.openintl.localstack.mongo;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import java.util.function.Predicate;

/**
 * A regular expression that only spells out a text (every operator escaped, or quoted with {@code Pattern.quote}, as
 * the services' name searches send them), with no option or only {@code i}: whether a string contains the text,
 * decided as the {@link java.util.regex.Pattern} mongo-java-server compiles for it decides, without a {@code Matcher}
 * per string. The
 * case-insensitive comparison is that pattern's ({@code CASE_INSENSITIVE | UNICODE_CASE}: a character matches when it
 * equals the pattern's character folded with {@code toLowerCase(toUpperCase(c))}, or when it folds to it), one
 * UTF-16 unit at a time; strings holding a surrogate go to the pattern itself, as does anything else.
 *
 * <p>Why: in a name search over 100,000 rows, the pattern's matcher (made per string, Unicode case folding per
 * character) was half of the embedded server's time (docs/performance.md).
 */
final class LiteralPattern {

    private static final String OPERATORS = "\\^$.|?*+()[]{}";

    private LiteralPattern() {}

    /** The test of {@code regex} on a string: {@code regex.matcher(s).find()}, faster where it is a literal. */
    static Predicate<String> finds(BsonRegularExpression regex) {
        Predicate<String> general = s -> regex.matcher(s).find();
        String options = regex.getOptions() == null ? "" : regex.getOptions();
        String text = literal(regex.getPattern());
        if (text == null || !(options.isEmpty() || options.equals("i"))) {
            return general;
        }
        if (options.isEmpty()) {
            return s -> s.contains(text);
        }
        if (text.length() == 1) {
            return single(text.charAt(0), general);
        }
        int[] folded = text.chars().map(LiteralPattern::fold).toArray();
        return s -> hasSurrogate(s) ? general.test(s) : containsFolded(s, folded);
    }

    /**
     * The text a pattern matches literally, or null when it has an operator, an escape that is not a plain character
     * ({@code \d}, a back reference ...) or a surrogate. {@code \Q...\E} quotes (to the end without {@code \E}).
     */
    static String literal(String pattern) {
        if (pattern == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            if (c == '\\' && pattern.startsWith("Q", i + 1)) { // Pattern.quote: all literal up to \E or the end
                int end = pattern.indexOf("\\E", i + 2);
                String quoted = pattern.substring(i + 2, end < 0 ? pattern.length() : end);
                if (quoted.chars().anyMatch(q -> Character.isSurrogate((char) q))) {
                    return null;
                }
                text.append(quoted);
                i = end < 0 ? pattern.length() : end + 1;
            } else if (c == '\\') {
                if (i + 1 == pattern.length()) {
                    return null;
                }
                char escaped = pattern.charAt(++i);
                if (escaped >= 128 || Character.isLetterOrDigit(escaped)) {
                    return null;
                }
                text.append(escaped);
            } else if (OPERATORS.indexOf(c) >= 0) {
                return null;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Whether {@code pattern}, read as {@link #literal} reads it, ends inside a quote: a {@code \Q} without its {@code \E}. */
    static boolean endsQuoted(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\' && pattern.startsWith("Q", i + 1)) {
                int end = pattern.indexOf("\\E", i + 2);
                if (end < 0) {
                    return true;
                }
                i = end + 1;
            } else if (pattern.charAt(i) == '\\') {
                i++;
            }
        }
        return false;
    }

    /** {@code Pattern}'s single character with both flags: folded unless it has no case, then itself only. */
    private static Predicate<String> single(char c, Predicate<String> general) {
        int upper = Character.toUpperCase((int) c);
        int lower = Character.toLowerCase(upper);
        if (upper == lower) {
            return s -> hasSurrogate(s) ? general.test(s) : s.indexOf(c) >= 0;
        }
        int[] folded = {lower};
        return s -> hasSurrogate(s) ? general.test(s) : containsFolded(s, folded);
    }

    private static boolean containsFolded(String s, int[] folded) {
        int last = s.length() - folded.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < folded.length) {
                int c = s.charAt(i + j);
                if (c != folded[j] && fold(c) != folded[j]) {
                    break;
                }
                j++;
            }
            if (j == folded.length) {
                return true;
            }
        }
        return false;
    }

    /** {@code Character.toLowerCase(Character.toUpperCase(c))}, at once for ASCII. */
    static int fold(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
