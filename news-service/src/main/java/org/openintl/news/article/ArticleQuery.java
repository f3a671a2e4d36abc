package org.openintl.news.article;

import java.time.LocalDate;
import java.util.UUID;
import org.openintl.news.search.SearchQuery;
import org.openintl.platform.domain.InvalidInputException;

/**
 * The filters of {@code GET /api/news}; every one is optional and they combine with AND.
 *
 * @param language articles with a READY translation in that language
 * @param from earliest event date, inclusive
 * @param to latest event date, inclusive
 * @param generated only articles the service generated ({@code true}) or only editors' ({@code false})
 * @param search full-text search; results are then ranked by relevance, then recency
 */
public record ArticleQuery(
        ArticleStatus status,
        Category category,
        Theme theme,
        Language language,
        UUID partnershipId,
        LocalDate from,
        LocalDate to,
        Boolean generated,
        SearchQuery search) {

    public ArticleQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null, null, null, null, null);
    }
}
