package org.openintl.news.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.news.article.ArticleFacts;
import org.openintl.news.article.ArticleStatus;
import org.openintl.news.article.Category;
import org.openintl.news.article.Generation;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;

class NewsStatisticsUnitTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void countsByStateCategoryThemeLanguageAndWaitingDrafts() {
        var facts = List.of(
                new ArticleFacts(
                        ArticleStatus.PUBLISHED,
                        Category.SIGNING,
                        List.of(Theme.SCHOOLS_ABROAD),
                        List.of(Language.zh, Language.en),
                        null,
                        T0,
                        T0.plusSeconds(3600)),
                new ArticleFacts(
                        ArticleStatus.PUBLISHED,
                        Category.MEETING,
                        List.of(),
                        List.of(Language.zh),
                        null,
                        T0,
                        T0.plusSeconds(100)),
                new ArticleFacts(
                        ArticleStatus.ARCHIVED,
                        Category.MEETING,
                        List.of(Theme.SCHOOLS_ABROAD),
                        List.of(Language.ko),
                        null,
                        T0,
                        T0.plusSeconds(200)),
                new ArticleFacts(
                        ArticleStatus.DRAFT,
                        Category.SIGNING,
                        List.of(),
                        List.of(),
                        Generation.Reason.PARTNERSHIP_SIGNED,
                        T0,
                        null),
                new ArticleFacts(
                        ArticleStatus.IN_REVIEW,
                        Category.STUDENT_LIFE,
                        List.of(),
                        List.of(),
                        Generation.Reason.FIRST_STUDENT_OF_NATIONALITY,
                        T0,
                        null));

        NewsStatistics s = NewsStatistics.of(facts);

        assertThat(s.total()).isEqualTo(5);
        assertThat(s.byStatus()).containsEntry(ArticleStatus.PUBLISHED, 2L).containsEntry(ArticleStatus.DRAFT, 1L);
        assertThat(s.byCategory()).containsEntry(Category.MEETING, 2L).containsEntry(Category.RESEARCH, 0L);
        assertThat(s.publishedByTheme()).containsEntry(Theme.SCHOOLS_ABROAD, 1L);
        assertThat(s.publishedByLanguage())
                .containsEntry(Language.zh, 2L)
                .containsEntry(Language.en, 1L)
                .containsEntry(Language.ko, 0L);
        assertThat(s.generatedDraftsWaiting())
                .containsEntry(Generation.Reason.PARTNERSHIP_SIGNED, 1L)
                .containsEntry(Generation.Reason.FIRST_STUDENT_OF_NATIONALITY, 0L);
        assertThat(s.medianDraftToPublicationSeconds()).isEqualTo(200);
        assertThat(s.lastPublishedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(NewsStatistics.count(facts, ArticleStatus.DRAFT, Category.SIGNING))
                .isEqualTo(1);
    }

    @Test
    void anEmptyServiceHasZerosNotGaps() {
        NewsStatistics s = NewsStatistics.of(List.of());
        assertThat(s.byStatus()).hasSize(ArticleStatus.values().length).containsValue(0L);
        assertThat(s.medianDraftToPublicationSeconds()).isNull();
    }
}
