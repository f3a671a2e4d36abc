package org.openintl.news.article;

import java.time.Instant;
import java.util.List;

/** The few fields of an article that statistics and metrics count, read without the texts. */
public record ArticleFacts(
        ArticleStatus status,
        Category category,
        List<Theme> themes,
        List<Language> publishedLanguages,
        Generation.Reason generatedReason,
        Instant createdAt,
        Instant publishedAt) {}
