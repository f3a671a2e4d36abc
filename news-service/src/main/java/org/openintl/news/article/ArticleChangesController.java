package org.openintl.news.article;

import java.util.List;
import java.util.UUID;
import org.openintl.platform.aggregate.ChangeRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/news/{id}/changes}: every write of the article, oldest first, with who made it (the token's {@code sub}),
 * the request id and the events it published (ADR 0482). Holds ids and event types only, so every role that reads
 * the article reads its changes.
 */
@RestController
class ArticleChangesController {

    private final ArticleService articles;

    ArticleChangesController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/api/news/{id}/changes")
    List<ChangeRecord> changes(@PathVariable UUID id) {
        return articles.changes(id);
    }
}
