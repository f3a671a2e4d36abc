package org.openintl.news.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openintl.platform.domain.InvalidInputException;

/**
 * URL slugs, one per language. A slug keeps letters and digits of any script (a Chinese slug stays Chinese: browsers
 * show IRIs as written) and joins them with hyphens. A generated slug ends with a short piece of the article id, so
 * two articles with the same title never share a slug and the website can always find the article from it.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    private static final int MAX_GENERATED_WORDS_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Slugs() {}

    public static String generate(String title, UUID articleId) {
        String suffix = articleId.toString().substring(0, 8);
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String words = SEPARATORS.matcher(normalized).replaceAll("-").replaceAll("^-+|-+$", "");
        if (words.codePointCount(0, words.length()) > MAX_GENERATED_WORDS_LENGTH) {
            words = words.substring(0, words.offsetByCodePoints(0, MAX_GENERATED_WORDS_LENGTH))
                    .replaceAll("-+$", "");
        }
        return words.isEmpty() ? suffix : words + "-" + suffix;
    }

    /** @throws InvalidInputException unless the slug is lower-case letters and digits joined by single hyphens */
    public static String validate(String field, String slug) {
        if (slug.length() > MAX_LENGTH
                || !VALID.matcher(slug).matches()
                || !slug.equals(slug.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(
                    field,
                    "a slug is up to " + MAX_LENGTH
                            + " lower-case letters or digits, words joined by single hyphens, e.g. 'working-meeting-2019'");
        }
        return slug;
    }
}
