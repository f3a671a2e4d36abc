package org.openintl.news.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into search terms. Chinese, Japanese and Korean are written without spaces between words (Korean puts
 * them between phrases, inconsistently), so a run of such characters becomes its overlapping character bigrams, and
 * whitespace between two of them does not end the run: "교류 협정" and "교류협정" give the same terms. Every other run of
 * letters and digits is a word, lower-cased and stripped of accents, so English matches regardless of case.
 *
 * <p>Documents are indexed with bigrams and single characters; queries use bigrams, and single characters only for a
 * one-character run. A two-character query therefore never matches a text that merely contains both characters apart,
 * while a one-character query (asked on purpose) finds every text with that character.
 */
public final class Tokenizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {}

    /** The distinct terms to store for a document's texts (nulls are skipped), sorted for stable storage. */
    public static List<String> indexTerms(String... texts) {
        Set<String> terms = new java.util.TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                terms.addAll(tokens(text, true));
            }
        }
        return List.copyOf(terms);
    }

    /** The distinct terms of a query, in the order they appear. */
    public static List<String> queryTerms(String query) {
        return List.copyOf(new LinkedHashSet<>(tokens(query, false)));
    }

    static List<String> tokens(String text, boolean index) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<String> out = new ArrayList<>();
        StringBuilder cjk = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, out);
                cjk.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) && cjk.length() > 0) {
                // keep the CJK run open across spaces; a following non-CJK character ends it
            } else if (Character.isLetterOrDigit(cp)
                    || (Character.getType(cp) == Character.NON_SPACING_MARK && word.length() > 0)) {
                flushCjk(cjk, out, index);
                word.appendCodePoint(cp);
            } else {
                flushCjk(cjk, out, index);
                flushWord(word, out);
            }
        }
        flushCjk(cjk, out, index);
        flushWord(word, out);
        return out;
    }

    private static void flushWord(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            String decomposed = Normalizer.normalize(word.toString(), Normalizer.Form.NFD);
            String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
            if (!plain.isEmpty()) {
                out.add(Normalizer.normalize(plain, Normalizer.Form.NFC));
            }
            word.setLength(0);
        }
    }

    private static void flushCjk(StringBuilder run, List<String> out, boolean index) {
        if (run.length() == 0) {
            return;
        }
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1 || index) {
            for (int cp : cps) {
                out.add(new String(Character.toChars(cp)));
            }
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new StringBuilder()
                    .appendCodePoint(cps[i])
                    .appendCodePoint(cps[i + 1])
                    .toString());
        }
        run.setLength(0);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
