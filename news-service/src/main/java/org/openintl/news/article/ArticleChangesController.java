package org.openintl.news.article;

import org.openintl.platform.web.ChangesController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/news/{id}/changes}: the article's change log ({@link ChangesController}, ADR 0482). */
@RestController
@RequestMapping("/api/news")
class ArticleChangesController extends ChangesController<StoredArticle> {

    ArticleChangesController(ArticleService articles) {
        super(articles::changes);
    }
}
