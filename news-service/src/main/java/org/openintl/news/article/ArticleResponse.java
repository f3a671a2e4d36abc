package org.openintl.news.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.MultilingualText;

/**
 * An article as the API shows it: every language with its status (an absent one as {@code {"status": "MISSING"}}),
 * the moves the workflow allows now, and the version (also the ETag).
 */
record ArticleResponse(
        UUID id,
        long version,
        ArticleStatus status,
        List<ArticleStatus> allowedTransitions,
        Translations translations,
        Category category,
        List<Theme> themes,
        LocalDate eventDate,
        MultilingualText place,
        List<String> people,
        List<String> units,
        List<UUID> partnerIds,
        List<UUID> partnershipIds,
        Generation generated,
        String reviewNote,
        List<Language> publishedLanguages,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant archivedAt,
        Integer score) {

    static ArticleResponse of(Versioned<Article> v) {
        return of(v, null);
    }

    /** For lists: the same fields, bodies left out, and the relevance score of a search. */
    static ArticleResponse of(Versioned<Article> v, Integer score) {
        Article a = v.state();
        ArticleContent c = a.content();
        return new ArticleResponse(
                a.id(),
                v.version(),
                a.status(),
                a.allowedTransitions(),
                c.translations(),
                c.category(),
                c.themes(),
                c.eventDate(),
                c.place(),
                c.people(),
                c.units(),
                c.partnerIds(),
                c.partnershipIds(),
                a.generated(),
                a.reviewNote(),
                a.publishedLanguages(),
                a.createdAt(),
                a.updatedAt(),
                a.publishedAt(),
                a.archivedAt(),
                score);
    }
}
