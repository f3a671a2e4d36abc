package org.openintl.news.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed settings ({@code intl.news.feed.*}).
 *
 * @param siteUrl the university website that shows the articles
 * @param articlePath where an article lives on the site: {@code {lang}}, {@code {slug}} and {@code {id}} are replaced
 * @param listPath where the site lists the news of a language ({@code {lang}} is replaced)
 * @param size how many of the latest articles a feed has
 * @param title the feed's title per language
 * @param author the feed's author (the office) per language
 */
@ConfigurationProperties("intl.news.feed")
record FeedProperties(
        @DefaultValue("https://www.example.edu") String siteUrl,
        @DefaultValue("/{lang}/news/{slug}") String articlePath,
        @DefaultValue("/{lang}/news") String listPath,
        @DefaultValue("30") int size,
        @DefaultValue Title title,
        @DefaultValue Author author) {

    FeedProperties {
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("intl.news.feed.size must be between 1 and 200, was " + size);
        }
    }

    record Title(
            @DefaultValue("国际交流与合作处新闻") String zh,
            @DefaultValue("International Affairs News") String en,
            @DefaultValue("국제교류협력처 소식") String ko) {

        String in(String language) {
            return "zh".equals(language) ? zh : "en".equals(language) ? en : ko;
        }
    }

    record Author(
            @DefaultValue("国际交流与合作处") String zh,

            @DefaultValue("Office of International Exchange and Cooperation")
            String en,

            @DefaultValue("국제교류협력처") String ko) {

        String in(String language) {
            return "zh".equals(language) ? zh : "en".equals(language) ? en : ko;
        }
    }
}
