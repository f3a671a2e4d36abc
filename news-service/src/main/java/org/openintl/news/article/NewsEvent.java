package org.openintl.news.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openintl.platform.aggregate.PendingEvent;

/**
 * The payload of every {@code intl.news.*.v1} event: what the university website needs to list an article in each
 * published language and link to it. Texts are given for published languages only; the body is not in the event
 * (it can be large) and is read from {@code GET /api/news/{id}}. Drafts are never announced: an unpublished article
 * may describe something not yet public.
 */
public record NewsEvent(
        UUID id,
        ArticleStatus status,
        Category category,
        List<Theme> themes,
        List<Language> languages,
        Localized titles,
        Localized summaries,
        Localized slugs,
        LocalDate eventDate,
        List<UUID> partnershipIds,
        List<UUID> partnerIds,
        Instant publishedAt,
        Instant updatedAt,
        Instant archivedAt) {

    public static final String PUBLISHED = "intl.news.published.v1";
    public static final String UPDATED = "intl.news.updated.v1";
    public static final String ARCHIVED = "intl.news.archived.v1";

    public static NewsEvent of(Article a) {
        Translations t = a.content().translations();
        List<Language> languages = a.publishedLanguages();
        return new NewsEvent(
                a.id(),
                a.status(),
                a.content().category(),
                a.content().themes(),
                languages,
                Localized.of(t, languages, Translation::title),
                Localized.of(t, languages, Translation::summary),
                Localized.of(t, languages, Translation::slug),
                a.content().eventDate(),
                a.content().partnershipIds(),
                a.content().partnerIds(),
                a.publishedAt(),
                a.updatedAt(),
                a.archivedAt());
    }

    /** The event a change from {@code before} to {@code after} is announced with, if the public sees it at all. */
    public static Optional<PendingEvent> announcing(Article before, Article after) {
        if (before == after) {
            return Optional.empty();
        }
        String type = null;
        if (after.status() == ArticleStatus.PUBLISHED) {
            type = before.status() == ArticleStatus.PUBLISHED ? UPDATED : PUBLISHED;
        } else if (after.status() == ArticleStatus.ARCHIVED
                && before.status() != ArticleStatus.ARCHIVED
                && after.wasPublished()) {
            type = ARCHIVED;
        }
        return Optional.ofNullable(type).map(t -> new PendingEvent(t, of(after)));
    }
}
