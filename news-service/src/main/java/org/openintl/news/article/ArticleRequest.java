package org.openintl.news.article;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.input.Text;

/**
 * The body of {@code POST} and {@code PUT /api/news/{id}}, and what a {@code PATCH} (JSON Merge Patch, RFC 7396) is
 * applied to. Checked when turned into {@link ArticleContent}, so that every rule answers the same way whichever of
 * the three requests carried it.
 */
record ArticleRequest(
        TranslationsRequest translations,
        Category category,
        List<Theme> themes,
        LocalDate eventDate,
        MultilingualText place,
        List<String> people,
        List<String> units,
        List<UUID> partnerIds,
        List<UUID> partnershipIds) {

    record TranslationsRequest(TranslationRequest zh, TranslationRequest en, TranslationRequest ko) {}

    /**
     * The caps here only bound what is read; {@link ContentLimits} (configurable, lower by default) decide what is
     * accepted.
     */
    record TranslationRequest(
            @Text(max = 10_000) String title,
            @Text(max = 100_000, multiline = true) String summary,
            @Text(max = 10_000_000, multiline = true) String body,
            TranslationStatus status,
            String slug) {

        static TranslationRequest of(Translation t) {
            return t.present() ? new TranslationRequest(t.title(), t.summary(), t.body(), t.status(), t.slug()) : null;
        }

        Translation toTranslation(Language language, ContentLimits limits) {
            return Translation.of(language, title, summary, body, status, slug, limits);
        }
    }

    static ArticleRequest of(ArticleContent c) {
        Translations t = c.translations();
        return new ArticleRequest(
                new TranslationsRequest(
                        TranslationRequest.of(t.zh()), TranslationRequest.of(t.en()), TranslationRequest.of(t.ko())),
                c.category(),
                c.themes(),
                c.eventDate(),
                c.place(),
                c.people(),
                c.units(),
                c.partnerIds(),
                c.partnershipIds());
    }

    ArticleContent toContent(ContentLimits limits) {
        Translations t = null;
        if (translations != null) {
            t = new Translations(
                    translation(translations.zh(), Language.zh, limits),
                    translation(translations.en(), Language.en, limits),
                    translation(translations.ko(), Language.ko, limits));
        }
        return new ArticleContent(t, category, themes, eventDate, place, people, units, partnerIds, partnershipIds);
    }

    private static Translation translation(TranslationRequest r, Language language, ContentLimits limits) {
        return r == null ? null : r.toTranslation(language, limits);
    }
}
