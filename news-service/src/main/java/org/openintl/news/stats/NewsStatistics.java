package org.openintl.news.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openintl.news.article.ArticleFacts;
import org.openintl.news.article.ArticleStatus;
import org.openintl.news.article.Category;
import org.openintl.news.article.Generation;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;

/**
 * The body of {@code GET /api/news/stats}. Every enum value is present (with 0), so a dashboard needs no defaults.
 *
 * @param byStatus articles per workflow state
 * @param byCategory articles per category (all states)
 * @param publishedByTheme published articles per line of work
 * @param publishedByLanguage published articles readable in each language
 * @param generatedDraftsWaiting generated drafts no editor has moved on yet, per reason
 * @param medianDraftToPublicationSeconds median time from creation to publication of articles ever published
 * @param lastPublishedAt the latest publication
 */
public record NewsStatistics(
        long total,
        Map<ArticleStatus, Long> byStatus,
        Map<Category, Long> byCategory,
        Map<Theme, Long> publishedByTheme,
        Map<Language, Long> publishedByLanguage,
        Map<Generation.Reason, Long> generatedDraftsWaiting,
        Long medianDraftToPublicationSeconds,
        Instant lastPublishedAt) {

    /** The same counts by state and category together, for the metric. */
    public record StateAndCategory(ArticleStatus status, Category category) {}

    public static NewsStatistics of(Collection<ArticleFacts> facts) {
        Map<ArticleStatus, Long> byStatus = zeros(ArticleStatus.class);
        Map<Category, Long> byCategory = zeros(Category.class);
        Map<Theme, Long> byTheme = zeros(Theme.class);
        Map<Language, Long> byLanguage = zeros(Language.class);
        Map<Generation.Reason, Long> waiting = zeros(Generation.Reason.class);
        List<Duration> durations = new ArrayList<>();
        Instant last = null;
        for (ArticleFacts f : facts) {
            byStatus.merge(f.status(), 1L, Long::sum);
            if (f.category() != null) {
                byCategory.merge(f.category(), 1L, Long::sum);
            }
            if (f.status() == ArticleStatus.PUBLISHED) {
                f.themes().forEach(t -> byTheme.merge(t, 1L, Long::sum));
                f.publishedLanguages().forEach(l -> byLanguage.merge(l, 1L, Long::sum));
            }
            if (f.status() == ArticleStatus.DRAFT && f.generatedReason() != null) {
                waiting.merge(f.generatedReason(), 1L, Long::sum);
            }
            if (f.publishedAt() != null && f.createdAt() != null) {
                durations.add(Duration.between(f.createdAt(), f.publishedAt()));
                last = last == null || f.publishedAt().isAfter(last) ? f.publishedAt() : last;
            }
        }
        durations.sort(null);
        Long median =
                durations.isEmpty() ? null : durations.get(durations.size() / 2).toSeconds();
        return new NewsStatistics(facts.size(), byStatus, byCategory, byTheme, byLanguage, waiting, median, last);
    }

    static long count(Collection<ArticleFacts> facts, ArticleStatus status, Category category) {
        return facts.stream()
                .filter(f -> f.status() == status && f.category() == category)
                .count();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }
}
