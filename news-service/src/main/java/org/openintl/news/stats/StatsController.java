package org.openintl.news.stats;

import org.openintl.news.article.ArticleService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final ArticleService articles;

    StatsController(ArticleService articles) {
        this.articles = articles;
    }

    /** Always fresh (not the metrics' cache): an editor who just published expects to see it counted. */
    @GetMapping("/api/news/stats")
    NewsStatistics stats() {
        return NewsStatistics.of(articles.facts());
    }
}
