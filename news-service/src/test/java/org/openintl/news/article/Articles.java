package org.openintl.news.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test data: articles in a few lines. */
final class Articles {

    static final Instant T0 = Instant.parse("2019-05-30T02:00:00Z");
    static final ContentLimits LIMITS = ContentLimits.DEFAULT;

    private Articles() {}

    static Translation ready(Language l, String title) {
        return Translation.of(l, title, null, null, null, null, LIMITS);
    }

    static Translation draft(Language l, String title) {
        return Translation.of(l, title, null, null, TranslationStatus.DRAFT, null, LIMITS);
    }

    static ArticleContent content(Translation zh, Translation en, Translation ko) {
        return new ArticleContent(
                new Translations(zh, en, ko),
                Category.MEETING,
                List.of(Theme.STUDY_IN_CHINA),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static Article article(Translation zh, Translation en, Translation ko) {
        return Article.draft(UUID.randomUUID(), content(zh, en, ko), null, T0);
    }

    static Article published(Translation zh, Translation en, Translation ko) {
        return article(zh, en, ko)
                .moveTo(ArticleStatus.IN_REVIEW, null, T0.plusSeconds(60))
                .moveTo(ArticleStatus.PUBLISHED, null, T0.plusSeconds(120));
    }
}
