package org.openintl.news.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openintl.news.article.Article;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.news.article.Translation;

/**
 * Turns published articles into the feed of one language. Ids are name-based UUIDs of the article (or feed) and the
 * language, so they never change when an article is edited and a zh entry is never confused with its en twin.
 */
final class ArticleFeeds {

    static final String CATEGORY_SCHEME = "urn:intl:news:category";
    static final String THEME_SCHEME = "urn:intl:news:theme";

    private final FeedProperties properties;

    ArticleFeeds(FeedProperties properties) {
        this.properties = properties;
    }

    AtomFeed feed(Language language, Theme theme, URI self, List<Article> articles) {
        String lang = language.name();
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Article a : articles) {
            Translation t = a.content().translations().get(language);
            if (!a.publishedLanguages().contains(language) || !t.ready()) {
                continue;
            }
            List<AtomFeed.Category> categories = new ArrayList<>();
            categories.add(new AtomFeed.Category(
                    CATEGORY_SCHEME, a.content().category().name(), null));
            a.content()
                    .themes()
                    .forEach(th -> categories.add(new AtomFeed.Category(THEME_SCHEME, th.name(), label(th, language))));
            entries.add(new AtomFeed.Entry(
                    urn("news-service/article/" + a.id() + "/" + lang),
                    t.title(),
                    t.summary(),
                    t.body(),
                    URI.create(properties.siteUrl()
                            + properties
                                    .articlePath()
                                    .replace("{lang}", lang)
                                    .replace("{slug}", URLEncoder.encode(t.slug(), StandardCharsets.UTF_8))
                                    .replace("{id}", a.id().toString())),
                    a.publishedAt(),
                    a.updatedAt(),
                    categories));
        }
        Instant updated = entries.stream()
                .map(AtomFeed.Entry::updated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        String title = properties.title().in(lang) + (theme == null ? "" : " · " + label(theme, language));
        return new AtomFeed(
                urn("news-service/feed/" + lang + "/" + (theme == null ? "all" : theme.name())),
                title,
                lang,
                self,
                URI.create(properties.siteUrl() + properties.listPath().replace("{lang}", lang)),
                properties.author().in(lang),
                updated,
                entries);
    }

    /** The line of work as readers of that language call it. */
    static String label(Theme theme, Language language) {
        String[] names;
        switch (theme) {
            case SINO_FOREIGN_COOPERATION:
                names = new String[] {"中外合作办学", "Sino-foreign cooperation in running schools", "중외 합작 교육"};
                break;
            case STUDY_IN_CHINA:
                names = new String[] {"来华留学", "Study in China", "중국 유학"};
                break;
            case INTERNATIONAL_FACULTY:
                names = new String[] {"师资国际化", "International faculty", "교원 국제화"};
                break;
            case RESEARCH_COOPERATION:
                names = new String[] {"国际科研合作", "International research cooperation", "국제 연구 협력"};
                break;
            case SCHOOLS_ABROAD:
                names = new String[] {"境外办学", "Schools abroad", "해외 교육기관 운영"};
                break;
            default:
                names = new String[] {"国际化人才培养", "International talent training", "국제 인재 양성"};
                break;
        }
        return names[language.ordinal()];
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
