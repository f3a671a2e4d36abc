package org.openintl.news.article;

import java.nio.charset.StandardCharsets;
import org.openintl.platform.domain.InvalidInputException;

/**
 * Size limits of an article's texts. A body over the limit is refused whole ({@link BodyTooLargeException}), never
 * cut: a truncated article published under the office's name is worse than an error the editor sees.
 *
 * @param titleMaxChars longest title per language
 * @param summaryMaxChars longest summary per language
 * @param bodyMaxBytes largest body per language, in UTF-8 bytes
 */
public record ContentLimits(int titleMaxChars, int summaryMaxChars, long bodyMaxBytes) {

    public static final ContentLimits DEFAULT = new ContentLimits(300, 2000, 200 * 1024);

    public ContentLimits {
        if (titleMaxChars < 1 || summaryMaxChars < 1 || bodyMaxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    void check(String field, String title, String summary, String body) {
        if (title != null && title.length() > titleMaxChars) {
            throw new InvalidInputException(
                    field + ".title", "the title has " + title.length() + " characters; at most " + titleMaxChars);
        }
        if (summary != null && summary.length() > summaryMaxChars) {
            throw new InvalidInputException(
                    field + ".summary",
                    "the summary has " + summary.length() + " characters; at most " + summaryMaxChars);
        }
        if (body != null) {
            // cheap pre-check: one UTF-16 char is at most three UTF-8 bytes, so a short body cannot be too large
            if (body.length() > bodyMaxBytes / 3) {
                long bytes = body.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > bodyMaxBytes) {
                    throw new BodyTooLargeException(field + ".body", bytes, bodyMaxBytes);
                }
            }
        }
    }
}
