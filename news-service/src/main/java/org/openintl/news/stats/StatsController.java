package org.openintl.news.stats;

import org.openintl.news.article.ArticleStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final ArticleStore store;

    StatsController(ArticleStore store) {
        this.store = store;
    }

    /** Always fresh (not the metrics' cache): an editor who just published expects to see it counted. */
    @GetMapping("/api/news/stats")
    NewsStatistics stats() {
        return NewsStatistics.of(store.facts());
    }
}
