package org.openintl.news.article;

import org.openintl.platform.domain.InvalidInputException;

/**
 * One language of an article. The body is Markdown, stored exactly as given; title and summary are plain text.
 *
 * @param status MISSING exactly when there is no title; otherwise READY or DRAFT as the editor says
 * @param slug the URL slug in this language; {@code null} only while MISSING or before the article has an id
 */
public record Translation(String title, String summary, String body, TranslationStatus status, String slug) {

    public Translation {
        if (status == null) {
            status = title == null ? TranslationStatus.MISSING : TranslationStatus.READY;
        }
    }

    public static Translation missing() {
        return new Translation(null, null, null, TranslationStatus.MISSING, null);
    }

    /**
     * A translation as an editor (or the drafting) writes it, checked: a title is required as soon as the language has
     * anything; the status defaults to READY once there is a title, and MISSING is only for no content.
     */
    public static Translation of(
            Language language,
            String title,
            String summary,
            String body,
            TranslationStatus status,
            String slug,
            ContentLimits limits) {
        String field = "translations." + language;
        title = strip(title);
        summary = strip(summary);
        body = body == null || body.isBlank() ? null : body;
        slug = strip(slug);
        if (title == null) {
            if (summary != null || body != null || slug != null) {
                throw new InvalidInputException(
                        field + ".title", "a title is required when " + language + " has a summary, body or slug");
            }
            if (status == TranslationStatus.READY || status == TranslationStatus.DRAFT) {
                throw new InvalidInputException(
                        field + ".status", language + " has no title, so its status can only be MISSING");
            }
            return missing();
        }
        if (status == TranslationStatus.MISSING) {
            throw new InvalidInputException(
                    field + ".status", "MISSING is for a language without content; " + language + " has a title");
        }
        limits.check(field, title, summary, body);
        if (slug != null) {
            Slugs.validate(field + ".slug", slug);
        }
        return new Translation(title, summary, body, status == null ? TranslationStatus.READY : status, slug);
    }

    public boolean present() {
        return status != TranslationStatus.MISSING;
    }

    public boolean ready() {
        return status == TranslationStatus.READY;
    }

    Translation withSlug(String slug) {
        return new Translation(title, summary, body, status, slug);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
