package org.openintl.news.feed;

import org.openintl.news.article.ArticleService;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.platform.domain.InvalidInputException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@EnableConfigurationProperties(FeedProperties.class)
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ArticleService articles;
    private final FeedProperties properties;
    private final ArticleFeeds feeds;

    FeedController(ArticleService articles, FeedProperties properties) {
        this.articles = articles;
        this.properties = properties;
        this.feeds = new ArticleFeeds(properties);
    }

    @GetMapping("/api/news/feed.atom")
    ResponseEntity<byte[]> feed(
            @RequestParam(required = false) String lang, @RequestParam(required = false) Theme theme) {
        if (lang == null) {
            throw new InvalidInputException("lang", "lang is required: zh, en or ko");
        }
        Language language = Language.parse("lang", lang);
        AtomFeed feed = feeds.feed(
                language,
                theme,
                ServletUriComponentsBuilder.fromCurrentRequest().build().toUri(),
                articles.latestPublished(language, theme, properties.size()));
        return ResponseEntity.ok().contentType(ATOM).body(feed.toXml());
    }
}
